package fr.openmarches.opening;

import java.util.List;

/** An opening ceremony's result was refused, for {@link #reason()}; nothing was recorded. */
public class CeremonyRefusedException extends RuntimeException {

	/** Why; each has a message {@code opening.ceremony.refused.<REASON>}. */
	public enum Reason {

		/** The consultation is no longer a draft: its key is what suppliers sealed for. */
		NOT_DRAFT,

		/** No member, or more than Shamir allows. */
		MEMBER_COUNT,

		/** The quorum is not between 1 and the number of members. */
		QUORUM,

		/** A member appears twice. */
		DUPLICATE_MEMBER,

		/** Someone is not an active commission member of the consultation's entity. */
		NOT_A_MEMBER,

		/** A member has no member key to seal their share for. */
		MEMBER_WITHOUT_KEY,

		/** The opening public key is not an RSA 3072 key with e = 65537. */
		INVALID_PUBLIC_KEY,

		/** A sealed share is not a JSON object of reasonable size. */
		INVALID_SHARE
	}

	private final Reason reason;

	private final List<Object> arguments;

	CeremonyRefusedException(Reason reason, Object... arguments) {
		super("Ceremony refused: " + reason + " " + List.of(arguments));
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	public Reason reason() {
		return reason;
	}

	/** What the message names (a member's id…). */
	public List<Object> arguments() {
		return arguments;
	}
}
