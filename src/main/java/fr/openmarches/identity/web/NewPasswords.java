package fr.openmarches.identity.web;

import fr.openmarches.identity.PasswordPolicy;
import org.springframework.validation.Errors;

/** The checks of a new password typed twice, shared by the reset and change forms. */
final class NewPasswords {

	private NewPasswords() {
	}

	static void check(String password, String confirmation, Errors errors, String passwordField,
			String confirmationField) {
		if (!PasswordPolicy.accepts(password)) {
			errors.rejectValue(passwordField, "identity.password.error.policy",
					new Object[] { PasswordPolicy.MINIMUM_LENGTH }, null);
		}
		else if (!password.equals(confirmation)) {
			errors.rejectValue(confirmationField, "identity.password.error.confirmation");
		}
	}
}
