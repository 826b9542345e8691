package fr.openmarches.identity.web;

import java.io.Serializable;

/**
 * Why the last sign-in was refused: a message key and its arguments (kept in the session), and
 * whether to offer a password reset next to it.
 */
public record SignInProblem(String messageKey, boolean offersPasswordReset, Object... arguments)
		implements Serializable {

	static SignInProblem of(String messageKey, Object... arguments) {
		return new SignInProblem(messageKey, false, arguments);
	}
}
