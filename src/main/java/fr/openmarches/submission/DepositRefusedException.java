package fr.openmarches.submission;

/**
 * A deposit the platform does not take as sent, and why: {@link Reason#INVALID} when the request
 * itself is wrong (a piece without its hash, a lot the consultation does not have…), and
 * {@link Reason#CONFLICT} when it does not fit the state of things (an upload already in another
 * deposit, an opening key replaced meanwhile). Nothing is recorded. The message key and argument
 * are translated for pages; the message is English for the API.
 */
public class DepositRefusedException extends RuntimeException {

	public enum Reason {
		INVALID, CONFLICT,
		/** Only the availability probe's account may make a probe deposit. */
		FORBIDDEN
	}

	private final Reason reason;

	private final String messageKey;

	private final String argument;

	private DepositRefusedException(Reason reason, String messageKey, String argument) {
		super(messageKey.substring(messageKey.lastIndexOf('.') + 1).replace('-', ' ') + (argument == null ? "" : ": " + argument));
		this.reason = reason;
		this.messageKey = messageKey;
		this.argument = argument;
	}

	static DepositRefusedException invalid(String messageKey, String argument) {
		return new DepositRefusedException(Reason.INVALID, messageKey, argument);
	}

	static DepositRefusedException invalid(String messageKey) {
		return invalid(messageKey, null);
	}

	static DepositRefusedException conflict(String messageKey, String argument) {
		return new DepositRefusedException(Reason.CONFLICT, messageKey, argument);
	}

	static DepositRefusedException forbidden(String messageKey) {
		return new DepositRefusedException(Reason.FORBIDDEN, messageKey, null);
	}

	public Reason reason() {
		return reason;
	}

	/** Key of the message in the submission bundle; its argument {0} is {@link #argument()}. */
	public String messageKey() {
		return messageKey;
	}

	public String argument() {
		return argument;
	}
}
