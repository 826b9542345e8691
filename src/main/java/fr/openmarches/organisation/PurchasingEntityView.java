package fr.openmarches.organisation;

import java.util.List;

/** A purchasing entity with its contact details and services, as its directory page shows it. */
public record PurchasingEntityView(PurchasingEntityId id, String name, String acronym, OrganisationView organisation,
		String siret, PostalAddress address, Department department, String email, String phone, List<String> offices) {

	public String displayName() {
		return acronym == null ? name : name + " (" + acronym + ")";
	}

	public EntitySummary summary() {
		return new EntitySummary(id, name, acronym, organisation, department, address.city());
	}
}
