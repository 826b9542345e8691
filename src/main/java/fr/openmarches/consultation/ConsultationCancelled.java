package fr.openmarches.consultation;

import java.time.Instant;

/** A consultation was stopped by its buyer (sans suite), for {@code reason}. */
public record ConsultationCancelled(ConsultationId consultation, String reason, Instant cancelledAt) {
}
