package fr.openmarches.evidence;

/**
 * A deadline extension the rule does not allow, or whose request is wrong; {@link #messageKey()}
 * says why in the reader's language.
 */
public class DeadlineExtensionRefusedException extends RuntimeException {

	/** Whether the request itself is wrong (400) or the consultation does not allow it now (409). */
	public enum Reason {
		INVALID, CONFLICT
	}

	private final Reason reason;

	private final String messageKey;

	private final String field;

	DeadlineExtensionRefusedException(Reason reason, String messageKey, String field) {
		super(messageKey);
		this.reason = reason;
		this.messageKey = messageKey;
		this.field = field;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The form field at fault, or null when it is about the consultation. */
	public String field() {
		return field;
	}
}
