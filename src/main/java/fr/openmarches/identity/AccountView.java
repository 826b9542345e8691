package fr.openmarches.identity;

import java.util.Set;

/**
 * What other modules may read of an account.
 *
 * @param locked locked by an administrator: sign-in is refused
 * @param invited opened by someone else and not yet activated by its owner
 */
public record AccountView(AccountId id, String email, String givenName, String familyName, String phone, String fax,
		Set<Role> roles, boolean locked, boolean invited) {

	public String displayName() {
		return givenName + " " + familyName;
	}
}
