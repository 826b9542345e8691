package fr.openmarches.organisation;

/**
 * An id that names nothing the caller may see: no such organisation, entity, agent or service,
 * or one that belongs to an entity the caller does not administer. Both read the same (a 404), so
 * that ids of other entities reveal nothing.
 */
public class UnknownIdException extends RuntimeException {

	private final String what;

	private final Object id;

	public UnknownIdException(String what, Object id) {
		super("No " + what + " " + id, null, false, false);
		this.what = what;
		this.id = id;
	}

	/** What was looked for: « organisation », « purchasing entity », « agent », « service ». */
	public String what() {
		return what;
	}

	public Object id() {
		return id;
	}
}
