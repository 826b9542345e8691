package fr.openmarches.question;

import java.time.Instant;
import java.util.UUID;

/** A question and its answer as everyone reads them on the consultation: no asker. */
public record PublishedAnswer(UUID id, Instant askedAt, String question, String answer, Instant answeredAt) {
}
