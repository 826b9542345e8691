package fr.openmarches.award;

import java.time.Instant;

import fr.openmarches.consultation.ConsultationId;

/**
 * A lot was declared unsuccessful (infructueux): no bid, or none acceptable.
 *
 * @param lot the lot's number; {@code null} when the consultation has no lots
 */
public record LotDeclaredUnsuccessful(ConsultationId consultation, Integer lot, String reason, Instant decidedAt) {
}
