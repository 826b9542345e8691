package fr.openmarches.alert.web;

import java.util.UUID;

import fr.openmarches.alert.AlertCriteria;
import fr.openmarches.alert.Frequency;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * A new alert: the search (as the consultation list's query string names it), a name, a frequency.
 * The list's {@code deadlineFrom}, {@code deadlineTo}, {@code state}, {@code sort} and {@code page}
 * are not read: an alert announces new open consultations. {@code cpv} is as typed or picked
 * (« 45000000 — Travaux de construction »); {@code portal} is the code of the portal the search was made on.
 */
record AlertForm(String name, String q, FinderQuery.Mode mode, UUID organisation, UUID entity, Category category,
		ProcedureType procedure, String cpv, String department, String portal, Frequency frequency) {

	AlertForm {
		mode = mode == null ? FinderQuery.Mode.APPROACHING : mode;
		frequency = frequency == null ? Frequency.DAILY : frequency;
	}

	AlertCriteria criteria() {
		return new AlertCriteria(q, mode, organisation == null ? null : new OrganisationId(organisation),
				entity == null ? null : new PurchasingEntityId(entity), category, procedure, cpv, department, portal);
	}
}
