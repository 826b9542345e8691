package fr.openmarches.organisation;

/** What other modules may read of an organisation. */
public record OrganisationView(OrganisationId id, String name, String acronym, OrganisationKind kind) {
}
