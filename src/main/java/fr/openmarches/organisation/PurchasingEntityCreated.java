package fr.openmarches.organisation;

/** A purchasing entity was added to an organisation. */
public record PurchasingEntityCreated(PurchasingEntityId entity, OrganisationId organisation, String name) {
}
