package fr.openmarches.identity;

import java.util.Set;

/** What other modules may read of an account. */
public record AccountView(AccountId id, String email, String givenName, String familyName, String phone,
		Set<Role> roles, boolean locked) {

	public String displayName() {
		return givenName + " " + familyName;
	}
}
