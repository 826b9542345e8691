package fr.openmarches.alert;

import java.util.Set;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * What an alert watches for: the criteria of a search of the consultation list; all optional. The
 * list's deadline range, state and order are not kept: an alert announces newly opened
 * consultations, the latest first.
 *
 * @param mode how the keywords match, approaching unless exact is asked for
 * @param cpv a CPV code of eight digits: consultations with it or with a code below it
 * @param portal the code of a portal: the consultations of the organisations it shows
 */
public record AlertCriteria(String keywords, FinderQuery.Mode mode, OrganisationId organisation,
		PurchasingEntityId entity, Category category, ProcedureType procedure, String cpv, String department,
		String portal) {

	public AlertCriteria {
		keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
		mode = mode == null ? FinderQuery.Mode.APPROACHING : mode;
		cpv = cpv == null || cpv.isBlank() ? null : cpv.strip();
		department = department == null || department.isBlank() ? null : department.strip();
		portal = portal == null || portal.isBlank() ? null : portal.strip();
	}

	/** Keywords only, matched approaching. */
	public static AlertCriteria words(String keywords) {
		return new AlertCriteria(keywords, null, null, null, null, null, null, null, null);
	}

	/** The open consultations matching, the latest published first, found as the consultation list finds them. */
	FinderQuery search() {
		return new FinderQuery(keywords, mode, organisation, entity, category, procedure, cpv, department, null, null,
				Set.of(ConsultationState.PUBLISHED), FinderQuery.Order.PUBLICATION, portal);
	}

	/** Whether nothing is searched (the mode alone searches nothing). */
	public boolean isEmpty() {
		return keywords == null && organisation == null && entity == null && category == null && procedure == null
				&& cpv == null && department == null && portal == null;
	}

	AlertCriteria withCpv(String code) {
		return new AlertCriteria(keywords, mode, organisation, entity, category, procedure, code, department, portal);
	}
}
