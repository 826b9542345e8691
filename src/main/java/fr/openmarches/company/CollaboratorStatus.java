package fr.openmarches.company;

/** Where a collaborator stands, as the administrators' list shows it. */
public enum CollaboratorStatus {

	/** Signs in and acts for the company. */
	ACTIVE,

	/** Locked by an administrator: cannot sign in, and is told why. */
	LOCKED,

	/** Invited by an administrator, has not yet chosen a password. */
	INVITED
}
