package fr.openmarches.identity;

/** A module refuses that an account be closed, saying why in a translated message. */
public class AccountClosureRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public AccountClosureRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}
}
