package fr.openmarches.identity;

/** A token cannot be made as asked; {@link #messageKey()} says why, in the person's language. */
public class ApiTokenRefusedException extends RuntimeException {

	private final String messageKey;

	ApiTokenRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
