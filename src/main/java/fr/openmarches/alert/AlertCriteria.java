package fr.openmarches.alert;

import java.util.Set;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationSearch;
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

	/** The open consultations matching, the latest published first. */
	ConsultationSearch search() {
		return new ConsultationSearch(keywords, category, procedure, department, entity,
				Set.of(ConsultationState.PUBLISHED), ConsultationSearch.Order.PUBLICATION);
	}

	public boolean isEmpty() {
		return keywords == null && category == null && procedure == null && department == null && entity == null;
	}
}
