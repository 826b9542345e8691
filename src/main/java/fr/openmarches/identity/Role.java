package fr.openmarches.identity;

/**
 * What a signed-in person may do. A person holds one or more roles; visitors hold none.
 * Spring Security sees each as authority {@code ROLE_<name>}.
 */
public enum Role {

	/** A person of a company (opérateur économique): asks questions, deposits bids. */
	SUPPLIER_MEMBER,

	/** Manages the company fiche and its collaborators; the first member of a company. */
	SUPPLIER_ADMIN,

	/** A person of a purchasing entity: drafts and publishes consultations, answers questions. */
	BUYER_AGENT,

	/** A buyer agent holding an opening key share (k of n opening). */
	COMMISSION_MEMBER,

	/** Manages a purchasing entity, its services and its agents. */
	ENTITY_ADMIN,

	/** Operator of the platform: organisations, portals, content. */
	PLATFORM_ADMIN,

	/** Operator answering support tickets. */
	SUPPORT_AGENT;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether this role belongs to the buyer side (these people may turn on two-factor sign-in). */
	public boolean isBuyerSide() {
		return this == BUYER_AGENT || this == COMMISSION_MEMBER || this == ENTITY_ADMIN;
	}
}
