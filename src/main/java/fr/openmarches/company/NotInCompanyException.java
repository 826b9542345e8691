package fr.openmarches.company;

/**
 * Nothing of the person's company has this id: another company's member or product, or none at
 * all. Told apart from nothing else, so that ids of other companies reveal nothing.
 */
public class NotInCompanyException extends RuntimeException {

	public NotInCompanyException(String what, Object id) {
		super("No " + what + " " + id + " in this company", null, false, false);
	}
}
