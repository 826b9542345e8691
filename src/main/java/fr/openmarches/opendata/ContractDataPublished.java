package fr.openmarches.opendata;

import java.time.LocalDate;

import fr.openmarches.consultation.ConsultationId;

/**
 * The essential data of a contract were published (DECP), valid against the official schema.
 *
 * @param lot {@code null} for a consultation without lots
 * @param decpId the contract's id in the DECP, unique for its buyer
 * @param buyerSiret the buyer's SIRET, as the DECP name it
 */
public record ContractDataPublished(ContractId contract, ConsultationId consultation, Integer lot, String decpId,
		String buyerSiret, LocalDate publishedOn) {
}
