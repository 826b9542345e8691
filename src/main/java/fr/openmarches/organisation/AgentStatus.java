package fr.openmarches.organisation;

/** Where a buyer agent stands with their purchasing entity, as its administrators see it. */
public enum AgentStatus {

	/**
	 * Appointed, but the person has not yet chosen a password through the invitation link: they
	 * cannot sign in yet, and the invitation can be sent again.
	 */
	INVITED,

	/** Appointed and able to sign in. */
	ACTIVE,

	/**
	 * The appointment ended: an administrator deactivated the agent. They keep no role here; if
	 * they have no other active appointment their account is locked. They can be reactivated.
	 */
	DEACTIVATED
}
