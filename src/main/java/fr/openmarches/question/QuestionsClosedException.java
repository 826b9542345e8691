package fr.openmarches.question;

import java.time.Instant;

/** The consultation no longer takes questions: its deadline for questions has passed. */
public class QuestionsClosedException extends RuntimeException {

	private final Instant deadline;

	public QuestionsClosedException(Instant deadline) {
		super("Questions closed at " + deadline);
		this.deadline = deadline;
	}

	/** When questions closed, or null when the consultation never took any (not open). */
	public Instant deadline() {
		return deadline;
	}
}
