package fr.openmarches.opendata;

import java.time.Instant;
import java.time.LocalDate;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * A contract record as pages and the API show it.
 *
 * @param lot {@code null} for a consultation without lots
 * @param publishedOn the date its data were first published (datePublicationDonnees); {@code null} for a draft
 */
public record ContractView(ContractId id, ConsultationId consultation, Integer lot, PurchasingEntityId entity,
		String buyerSiret, String buyerName, ContractState state, LocalDate publishedOn, ContractTerms terms,
		Instant updatedAt) {

	public boolean published() {
		return state == ContractState.PUBLISHED;
	}
}
