package fr.openmarches.opening;

import java.util.List;

/** An opening session refused a step, for {@link #reason()}; nothing changed. */
public class SessionRefusedException extends RuntimeException {

	/** Why; each has a message {@code opening.session.refused.<REASON>}. */
	public enum Reason {

		/** The consultation is neither closed nor opened: its deposit deadline has not passed, or it is over. */
		NOT_CLOSED,

		/** Another session of the consultation is in progress. */
		IN_PROGRESS,

		/** No session of the consultation is in progress. */
		NO_SESSION,

		/** The session has ended. */
		ENDED,

		/** Only the commission's members take part. */
		NOT_A_MEMBER,

		/** Only the member who started the session does this. */
		NOT_HOST,

		/** The session public key is not an RSA 3072 key with e = 65537. */
		INVALID_SESSION_KEY,

		/** No envelope, or one the consultation's deposits do not use. */
		INVALID_ENVELOPE,

		/** The sealed share is not a JSON object of reasonable size. */
		INVALID_SHARE,

		/** Fewer members present than the quorum. */
		QUORUM_NOT_REACHED,

		/** No such piece among the consultation's deposits still counting or late. */
		UNKNOWN_PIECE,

		/** The piece is in another envelope than the one this session opens. */
		ENVELOPE_NOT_OPEN,

		/** The piece was already opened. */
		ALREADY_OPENED,

		/** The deposit is late and no decision to open it was recorded. */
		LATE_UNDECIDED,

		/** A file key is not 32 bytes in base64. */
		INVALID_FILE_KEY,

		/** The deposit is not late: no decision is needed. */
		NOT_LATE,

		/** A decision on this late deposit was already recorded. */
		ALREADY_DECIDED,

		/** The reason is missing or too long. */
		INVALID_REASON,

		/** Offers open after the candidatures: some candidatures are not yet admitted or set aside. */
		ADMISSIONS_PENDING,

		/** The candidature was not admitted: its offer stays sealed. */
		NOT_ADMITTED,

		/** A candidature is decided on once its application pieces went through the opening. */
		APPLICATION_NOT_OPENED,

		/** The offers were already being opened: the sequence can no longer be lifted. */
		OFFERS_STARTED,

		/** A backup copy without a company or medium, received in the future, or for a draft. */
		INVALID_BACKUP,

		/** A SIRET that is not 14 digits passing the check (argument: as typed). */
		INVALID_SIRET,

		/** The backup copy arrived after the deadline: it is never opened (argument: the company). */
		BACKUP_LATE,

		/** The platform's facts do not show the legal case invoked for opening the backup copy (argument: the company). */
		BACKUP_CASE_NOT_MET
	}

	private final Reason reason;

	private final List<Object> arguments;

	SessionRefusedException(Reason reason, Object... arguments) {
		super("Opening session refused: " + reason + " " + List.of(arguments));
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	public Reason reason() {
		return reason;
	}

	/** What the message names (a piece…). */
	public List<Object> arguments() {
		return arguments;
	}
}
