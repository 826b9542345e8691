package fr.openmarches.organisation;

/** What it takes to create an organisation: « Ministère des Armées », no acronym, a ministry. */
public record NewOrganisation(String name, String acronym, OrganisationKind kind) {
}
