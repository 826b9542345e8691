package fr.openmarches.organisation;

/**
 * A name or number that must be unique is already taken: an organisation's name, an entity's
 * SIRET, a service's name within its entity.
 *
 * @see #field() the field of the form that holds it
 */
public class AlreadyRegisteredException extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	public AlreadyRegisteredException(String field, String messageKey, String detail) {
		super(detail);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	/** The translated explanation to show next to the field. */
	public String messageKey() {
		return messageKey;
	}
}
