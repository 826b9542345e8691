package fr.openmarches.organisation;

import fr.openmarches.identity.Role;

/** What a buyer agent does for their purchasing entity. An agent may hold several roles. */
public enum AgentRole {

	/** Manages the entity, its services and its agents. */
	ENTITY_ADMINISTRATOR(Role.ENTITY_ADMIN),

	/** Drafts and publishes consultations, answers questions, reads the registers. */
	BUYER(Role.BUYER_AGENT),

	/** Sits on the opening commission and holds a share of the opening key. */
	COMMISSION_MEMBER(Role.COMMISSION_MEMBER);

	private final Role signInRole;

	AgentRole(Role signInRole) {
		this.signInRole = signInRole;
	}

	/** The identity role a person needs to act in this role. */
	public Role signInRole() {
		return signInRole;
	}
}
