package fr.openmarches.consultation;

import java.time.Instant;

import fr.openmarches.organisation.PurchasingEntityId;

/**
 * A consultation became public: suppliers may read it and deposit bids until
 * {@code depositDeadline}.
 */
public record ConsultationPublished(ConsultationId consultation, PurchasingEntityId entity, String reference,
		Instant depositDeadline, boolean test, Instant publishedAt) {
}
