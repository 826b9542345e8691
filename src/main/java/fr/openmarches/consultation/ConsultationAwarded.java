package fr.openmarches.consultation;

import java.time.Instant;

/** A consultation's contract was awarded. */
public record ConsultationAwarded(ConsultationId consultation, Instant awardedAt) {
}
