package fr.openmarches.question;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;

/** The buyer answered a question; the answer is public from {@code at}. */
public record AnswerPublished(UUID question, ConsultationId consultation, Instant at) {
}
