package fr.openmarches.opendata;

/**
 * No contract record, or no consultation, that this person may see: someone else's answers the
 * same as one that does not exist.
 */
public class NoSuchContractException extends RuntimeException {

	public NoSuchContractException(String what) {
		super("Not found: " + what);
	}
}
