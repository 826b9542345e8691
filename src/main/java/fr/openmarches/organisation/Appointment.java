package fr.openmarches.organisation;

import java.util.Set;

import fr.openmarches.identity.AccountId;

/** A person's roles as an active buyer agent of a purchasing entity. */
public record Appointment(AccountId account, PurchasingEntityId entity, Set<AgentRole> roles) {

	public boolean holds(AgentRole role) {
		return roles.contains(role);
	}
}
