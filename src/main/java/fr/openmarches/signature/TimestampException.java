package fr.openmarches.signature;

/**
 * No valid timestamp could be had, or a token does not hold: the caller must not go on as if the
 * record were stamped.
 */
public class TimestampException extends RuntimeException {

	/** What went wrong, so that a caller can tell an outage (worth retrying) from a bad token. */
	public enum Reason {
		/** The authority could not be reached, or answered with an HTTP error. */
		UNAVAILABLE,
		/** The authority did not answer within {@code openmarches.signature.tsa-timeout}. */
		TIMED_OUT,
		/** The authority answered, refusing to stamp (status neither granted nor granted with mods). */
		REFUSED,
		/** The answer is no timestamp reply, or not the reply to our request (nonce, policy). */
		BAD_REPLY,
		/** The token stamps another hash than the one given. */
		WRONG_IMPRINT,
		/** The token is unreadable, its signature does not verify, or its certificate is unfit. */
		INVALID_TOKEN,
		/** The token verifies, but its signer does not chain to a trusted certificate. */
		UNTRUSTED
	}

	private final Reason reason;

	public TimestampException(Reason reason, String message) {
		this(reason, message, null);
	}

	public TimestampException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
