package fr.openmarches.alert.web;

import java.util.UUID;

import fr.openmarches.alert.AlertCriteria;
import fr.openmarches.alert.Frequency;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.PurchasingEntityId;

/** A new alert: the search (as the consultation list's query string names it), a name, a frequency. */
record AlertForm(String name, String q, Category category, ProcedureType procedure, String department, UUID entity,
		Frequency frequency) {

	AlertForm {
		frequency = frequency == null ? Frequency.DAILY : frequency;
	}

	AlertCriteria criteria() {
		return new AlertCriteria(q, category, procedure, department, entity == null ? null : new PurchasingEntityId(entity));
	}
}
