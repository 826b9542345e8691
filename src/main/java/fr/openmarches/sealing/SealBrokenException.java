package fr.openmarches.sealing;

import java.io.Serial;

/**
 * Sealed data that does not open: the wrong key (or passphrase, salt, chunk size), or data altered,
 * reordered, cut short or followed by extra bytes. Authenticated encryption cannot tell a wrong key
 * from altered data, so the message says what was checked, not who is to blame.
 */
public final class SealBrokenException extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	SealBrokenException(String message) {
		super(message);
	}

	SealBrokenException(String message, Throwable cause) {
		super(message, cause);
	}
}
