package fr.openmarches.organisation;

/** What sort of public body an organisation is. */
public enum OrganisationKind {

	/** A ministry, with its directorates and services as purchasing entities. */
	MINISTRY,

	/** A public agency or establishment (établissement public), e.g. a research centre. */
	AGENCY
}
