package fr.openmarches.alert;

/** A search saved with a portal code that no portal of the platform has. */
public class UnknownPortalException extends IllegalArgumentException {

	public UnknownPortalException(String code) {
		super("No portal " + code);
	}
}
