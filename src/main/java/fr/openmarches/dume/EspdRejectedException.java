package fr.openmarches.dume;

/** Input the DUME refuses; {@link #messageKey()} explains why in the reader's language. */
public class EspdRejectedException extends RuntimeException {

	public enum Reason {
		/** Not well-formed XML, or not XML at all. */
		MALFORMED,
		/** A DOCTYPE or entity declaration: external entities are never resolved. */
		DOCTYPE,
		/** Well-formed, but not valid against the ESPD-EDM 4.1.0 XSD. */
		INVALID,
		/** A request where a response was expected, or the other way round. */
		WRONG_DOCUMENT,
		/** A criterion code or requirement the catalogue does not know. */
		UNKNOWN_CRITERION,
		/** An amount or number that is not one, or out of range. */
		BAD_VALUE,
		/** A field of the economic operator missing or malformed (name, address, SIRET). */
		OPERATOR,
		/** A response without any answer: the ESPD-EDM needs at least one to be a response. */
		UNANSWERED,
		/** The file is larger than a DUME can be. */
		TOO_LARGE,
		/**
		 * A yes/no answer without the answers it calls for (e.g. a conviction's date and period, an
		 * SME's number of employees, a group member's role, a document named as evidence).
		 */
		FOLLOW_UP_MISSING,
		/** A role in a group of operators other than leader ({@code group-lead}) or member ({@code group-mem}). */
		BAD_ROLE,
		/** A document named as evidence without a URL nor a reference, with a URL that is not one, or too long. */
		BAD_EVIDENCE
	}

	private final Reason reason;

	public EspdRejectedException(Reason reason, String detail) {
		super("DUME refused: " + reason + (detail == null ? "" : " (" + detail + ")"));
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return "dume.error." + reason.name();
	}
}
