package fr.openmarches.consultation;

import java.time.Instant;

import fr.openmarches.organisation.PurchasingEntityId;

/**
 * The buyer moved a consultation's deposit deadline later (after an outage of the platform):
 * whoever downloaded the documents should hear of it, with the reason and the new deadline.
 *
 * @param previousDeadline the deadline it replaces
 * @param reopened whether the consultation had closed at the previous deadline and takes bids again
 * @param test whether the consultation is a test one
 */
public record DeadlineExtended(ConsultationId consultation, PurchasingEntityId entity, String reference, String title,
		Instant previousDeadline, Instant newDeadline, String reason, boolean reopened, boolean test, Instant at) {
}
