package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.openmarches.organisation.PurchasingEntityId;

/**
 * What it takes to draft a consultation.
 *
 * @param reference the buyer's reference, unique within the entity, e.g. {@code 2026-DGA-0142}
 * @param object what is bought, in a few paragraphs
 * @param department code of the department where the contract is performed; {@code null} when
 *        national
 * @param estimatedValue estimated value in euros excluding VAT; {@code null} when not disclosed
 * @param questionsDeadline last moment to ask questions; {@code null} when not set
 * @param depositDeadline last moment to deposit a bid (date limite de remise des plis)
 * @param signatureRequired whether bids must be electronically signed
 * @param envelopes the envelopes each bid holds
 * @param test a test consultation, for suppliers to practise (« s'entraîner »)
 */
public record NewConsultation(PurchasingEntityId entity, String reference, String title, String object,
		ProcedureType procedure, Category category, CpvCode mainCpv, List<CpvCode> additionalCpv, String department,
		BigDecimal estimatedValue, Instant questionsDeadline, Instant depositDeadline, boolean signatureRequired,
		Set<Envelope> envelopes, boolean test) {
}
