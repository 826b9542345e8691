package fr.openmarches.organisation;

/** An organisation in the platform administrators' list, with how many purchasing entities it has. */
public record OrganisationSummary(OrganisationView organisation, long entities) {
}
