package fr.openmarches.organisation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

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

	/**
	 * The identity roles a person holds as a buyer: exactly the union of the roles of their active
	 * appointments, whichever entities those are.
	 */
	public static Set<Role> signInRolesOf(Collection<Appointment> activeAppointments) {
		var roles = EnumSet.noneOf(Role.class);
		activeAppointments.forEach(appointment -> appointment.roles().forEach(role -> roles.add(role.signInRole())));
		return roles;
	}

	/** The identity roles granted only through appointments, that {@link #signInRolesOf} decides. */
	public static Set<Role> buyerSignInRoles() {
		var roles = EnumSet.noneOf(Role.class);
		for (var role : values()) {
			roles.add(role.signInRole());
		}
		return roles;
	}
}
