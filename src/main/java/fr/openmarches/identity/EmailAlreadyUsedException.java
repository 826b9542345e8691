package fr.openmarches.identity;

/** An account already uses this email address. */
public class EmailAlreadyUsedException extends RuntimeException {

	public EmailAlreadyUsedException(String email) {
		super("An account already uses " + email);
	}
}
