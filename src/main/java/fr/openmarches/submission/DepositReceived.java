package fr.openmarches.submission;

import java.time.Instant;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;

/**
 * A deposit was recorded: every byte stored, its manifest timestamped and chained into the
 * evidence log. Its receipt follows from this event (and again after a restart, should the
 * platform stop before issuing it).
 */
public record DepositReceived(DepositId deposit, String number, ConsultationId consultation, CompanyId company,
		Instant receivedAt, boolean late, boolean test) {
}
