package fr.openmarches.company;

import java.time.Instant;

import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.Siret;

/**
 * A member of the company with their contact details, as its administrators see them.
 *
 * @param lockedReason why an administrator locked them, or null
 * @param establishment where they work, if they said
 */
public record Collaborator(AccountId account, String givenName, String familyName, String email, String phone,
		String fax, CompanyRole role, CollaboratorStatus status, String lockedReason, Siret establishment,
		Instant joinedAt) {

	public String displayName() {
		return givenName + " " + familyName;
	}

	public boolean administrator() {
		return role == CompanyRole.ADMINISTRATOR;
	}
}
