package fr.openmarches.opening;

/** A member key was refused, for {@link #reason()}. */
public class MemberKeyRefusedException extends RuntimeException {

	/** Why; each has a message {@code opening.memberKey.refused.<REASON>}. */
	public enum Reason {

		/** Only commission members have a member key. */
		NOT_A_MEMBER,

		/** The public key is not an RSA 3072 key with e = 65537 in SPKI base64. */
		INVALID_PUBLIC_KEY,

		/** The protected private key is not a JSON object of reasonable size. */
		INVALID_PROTECTED_KEY,

		/**
		 * The current key seals shares of consultations still to be opened: a new key could not open
		 * them, and nobody but the member can re-seal them.
		 */
		IN_USE
	}

	private final Reason reason;

	MemberKeyRefusedException(Reason reason) {
		super("Member key refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
