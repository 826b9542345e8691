package fr.openmarches.vault;

/** Not a document or version of the person's company (or the person belongs to none): answered 404. */
public class VaultNotFoundException extends RuntimeException {

	public VaultNotFoundException(String what) {
		super(what + " not found in the company's vault");
	}
}
