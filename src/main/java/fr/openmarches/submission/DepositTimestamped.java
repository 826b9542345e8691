package fr.openmarches.submission;

import java.time.Instant;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;

/**
 * A deposit received while the timestamp authority was down got its timestamp, once the
 * authority was back: the same manifest hash, stamped at {@code timestampedAt} and chained at
 * evidence entry {@code evidenceSequence}. Its final receipt follows from this event.
 */
public record DepositTimestamped(DepositId deposit, String number, ConsultationId consultation, CompanyId company,
		Instant receivedAt, Instant timestampedAt, long evidenceSequence) {
}
