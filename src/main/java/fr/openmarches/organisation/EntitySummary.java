package fr.openmarches.organisation;

/** A purchasing entity as lists show it. */
public record EntitySummary(PurchasingEntityId id, String name, String acronym, OrganisationView organisation,
		Department department, String city) {

	/** « Direction générale de l'armement (DGA) », or the name alone. */
	public String displayName() {
		return acronym == null ? name : name + " (" + acronym + ")";
	}
}
