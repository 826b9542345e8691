package fr.openmarches.consultation;

import java.time.Instant;

/** The deposit deadline of a consultation passed: it takes no more bids. */
public record ConsultationClosed(ConsultationId consultation, Instant depositDeadline, Instant closedAt) {
}
