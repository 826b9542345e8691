package fr.openmarches.question;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;

/**
 * A question as the register shows it to the buyer.
 *
 * @param text the question as asked
 * @param publishedQuestion the question as published with the answer (names nobody)
 */
public record QuestionView(UUID id, ConsultationId consultation, Instant askedAt, Asker asker, String text,
		QuestionState state, String publishedQuestion, String answer, Instant answeredAt) {

	public boolean answered() {
		return state == QuestionState.ANSWERED;
	}
}
