package fr.openmarches.organisation;

/**
 * A purchasing entity in the platform administrators' lists, with its staffing: an entity without
 * an active administrator waits for the platform to appoint one.
 */
public record EntityOverview(EntitySummary entity, long activeAgents, long activeAdministrators) {

	public boolean awaitsAnAdministrator() {
		return activeAdministrators == 0;
	}
}
