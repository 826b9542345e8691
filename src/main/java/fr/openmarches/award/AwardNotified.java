package fr.openmarches.award;

import java.time.Instant;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;

/**
 * The awarded company opened its award notification for the first time: the contract's legal date
 * of notification (the DECP's {@code dateNotification}).
 *
 * @param lot the lot's number; {@code null} when the consultation has no lots
 */
public record AwardNotified(ConsultationId consultation, Integer lot, CompanyId company, Instant notifiedAt) {
}
