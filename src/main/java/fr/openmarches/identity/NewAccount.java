package fr.openmarches.identity;

import java.util.Set;

/**
 * What it takes to open an account. The password arrives in clear and is hashed at once.
 *
 * @param phone optional
 * @param fax optional
 */
public record NewAccount(String email, String password, String givenName, String familyName, String phone, String fax,
		Set<Role> roles) {

	/** An account without a fax number. */
	public NewAccount(String email, String password, String givenName, String familyName, String phone,
			Set<Role> roles) {
		this(email, password, givenName, familyName, phone, null, roles);
	}

	@Override
	public String toString() {
		return "NewAccount[" + email + ", roles=" + roles + "]";
	}
}
