package fr.openmarches.consultation;

import java.time.Instant;

/** The commission opened the bids of a consultation. */
public record ConsultationOpened(ConsultationId consultation, Instant openedAt) {
}
