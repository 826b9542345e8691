package fr.openmarches.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;

/**
 * A lot was awarded to a bid: the contract (and its DECP entry) starts from here.
 *
 * @param lot the lot's number; {@code null} when the consultation has no lots
 * @param siren {@code null} for a company established abroad
 * @param siret the head office's SIRET; {@code null} when unknown or abroad
 * @param amount the offer's amount, euros excluding VAT
 */
public record LotAwarded(ConsultationId consultation, Integer lot, UUID depositId, CompanyId company, String siren,
		String siret, String companyName, BigDecimal amount, Instant decidedAt) {
}
