package fr.openmarches.identity.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import fr.openmarches.identity.AccountId;
import jakarta.servlet.http.HttpSession;

/**
 * Kept in the session between the accepted password and the two-factor code. It authenticates
 * nobody: the person is signed in only once the code is right.
 *
 * @param deadline after this, the password must be typed again
 */
record PendingSignIn(AccountId accountId, Instant deadline) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = PendingSignIn.class.getName();

	static PendingSignIn in(HttpSession session) {
		return session == null ? null : (PendingSignIn) session.getAttribute(ATTRIBUTE);
	}

	boolean isOverAt(Instant now) {
		return !now.isBefore(deadline);
	}
}
