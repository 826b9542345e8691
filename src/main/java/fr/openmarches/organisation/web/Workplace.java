package fr.openmarches.organisation.web;

import java.util.List;

import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.Appointment;
import fr.openmarches.organisation.EntitySummary;

/** An entity the signed-in agent acts for, and their roles there. */
record Workplace(EntitySummary entity, Appointment appointment) {

	public boolean administers() {
		return appointment.holds(AgentRole.ENTITY_ADMINISTRATOR);
	}

	public List<AgentRole> roles() {
		return appointment.roles().stream().sorted().toList();
	}
}
