package fr.openmarches.opendata;

/** A change the record's or the consultation's state forbids now; {@link #messageKey()} says why. */
public class ContractStateException extends RuntimeException {

	private final String messageKey;

	public ContractStateException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
