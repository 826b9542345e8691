package fr.openmarches.organisation.web;

import java.util.Set;

import fr.openmarches.organisation.AgentRole;

/** The roles ticked for an agent. */
record RolesForm(Set<AgentRole> roles) {

	Set<AgentRole> chosen() {
		return roles == null ? Set.of() : Set.copyOf(roles);
	}

	public boolean ticks(AgentRole role) {
		return roles != null && roles.contains(role);
	}
}
