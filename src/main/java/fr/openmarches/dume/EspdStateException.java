package fr.openmarches.dume;

/**
 * The consultation's state forbids the change: a buyer sets the request while it is a draft or
 * published, a company answers while it is published (before its deadline). Answered 409.
 */
public class EspdStateException extends RuntimeException {

	private final String messageKey;

	public EspdStateException(String messageKey) {
		super("DUME change refused: " + messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
