package fr.openmarches.consultation;

import java.time.Instant;

/** A consultation was asked to change after its deposit deadline, when nothing may change any more. */
public class DeadlinePassedException extends IllegalStateException {

	private final Instant deadline;

	DeadlinePassedException(ConsultationId id, Instant deadline, String action) {
		super("Consultation " + id + " cannot " + action + " after its deadline " + deadline);
		this.deadline = deadline;
	}

	public Instant deadline() {
		return deadline;
	}
}
