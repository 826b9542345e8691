package fr.openmarches.alert;

import java.util.Set;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.PurchasingEntityId;

/** What an alert watches for: the criteria of a search of the consultation list; all optional. */
public record AlertCriteria(String keywords, Category category, ProcedureType procedure, String department,
		PurchasingEntityId entity) {

	public AlertCriteria {
		keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
		department = department == null || department.isBlank() ? null : department.strip();
	}

	/** The open consultations matching, the latest published first, found as the consultation list finds them. */
	FinderQuery search() {
		return new FinderQuery(keywords, FinderQuery.Mode.APPROACHING, null, entity, category, procedure, null,
				department, null, null, Set.of(ConsultationState.PUBLISHED), FinderQuery.Order.PUBLICATION);
	}

	public boolean isEmpty() {
		return keywords == null && category == null && procedure == null && department == null && entity == null;
	}
}
