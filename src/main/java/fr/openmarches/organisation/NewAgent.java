package fr.openmarches.organisation;

import java.util.Set;

/**
 * Someone to appoint as an agent of a purchasing entity. When no account has this email address,
 * one is opened and the person is invited by mail to choose a password; otherwise the existing
 * account is appointed and told by mail.
 *
 * @param phone optional
 */
public record NewAgent(String email, String givenName, String familyName, String phone, Set<AgentRole> roles) {

	@Override
	public String toString() {
		return "NewAgent[" + roles + "]";
	}
}
