package fr.openmarches.company;

/** What a member may do for their company. */
public enum CompanyRole {

	/** « Inscrit simple »: answers consultations on behalf of the company. */
	MEMBER,

	/** Also manages the company fiche and its members (promotes, locks, removes them). */
	ADMINISTRATOR
}
