package fr.openmarches.consultation;

/**
 * No consultation answers to this id for this person: it does not exist, or belongs to an entity
 * they do not act for (the two are not told apart, so ids reveal nothing).
 */
public class NoSuchConsultationException extends RuntimeException {

	public NoSuchConsultationException(ConsultationId id) {
		super("No consultation " + id + " for this buyer", null, false, false);
	}
}
