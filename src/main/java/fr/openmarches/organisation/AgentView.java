package fr.openmarches.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.LegalTime;

/**
 * An agent of a purchasing entity as its administrators see them: who, which roles, where they
 * stand.
 *
 * @param roles the roles of the appointment (kept while deactivated, given back on reactivation)
 * @param since when the appointment started, or started again
 * @param deactivatedAt when it ended; null unless {@link AgentStatus#DEACTIVATED}
 */
public record AgentView(AccountId account, PurchasingEntityId entity, String email, String givenName,
		String familyName, String phone, Set<AgentRole> roles, AgentStatus status, Instant since,
		Instant deactivatedAt) {

	public String displayName() {
		return givenName + " " + familyName;
	}

	public boolean holds(AgentRole role) {
		return roles.contains(role);
	}

	/** The day, in Paris, the appointment started (again) or ended. */
	public LocalDate lastChangeDay() {
		return LocalDate.ofInstant(deactivatedAt == null ? since : deactivatedAt, LegalTime.ZONE);
	}
}
