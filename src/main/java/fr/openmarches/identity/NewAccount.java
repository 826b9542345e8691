package fr.openmarches.identity;

import java.util.Set;

/** What it takes to open an account. The password arrives in clear and is hashed at once. */
public record NewAccount(String email, String password, String givenName, String familyName, String phone,
		Set<Role> roles) {

	@Override
	public String toString() {
		return "NewAccount[" + email + ", roles=" + roles + "]";
	}
}
