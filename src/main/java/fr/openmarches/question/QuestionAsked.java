package fr.openmarches.question;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;

/** A company asked a question on a consultation. */
public record QuestionAsked(UUID question, ConsultationId consultation, Instant at) {
}
