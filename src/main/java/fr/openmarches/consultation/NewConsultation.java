package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.openmarches.organisation.PurchasingEntityId;

/**
 * What a buyer writes to draft a consultation, or to revise a draft.
 *
 * @param reference the buyer's reference, unique within the entity, e.g. {@code 2026-DGA-0142}
 * @param object what is bought, in a few paragraphs
 * @param mainCpv the main CPV code: eight digits of the CPV 2008 vocabulary (the legacy form with a
 *        check digit, or the picker's « code — label », is read too)
 * @param additionalCpv further CPV codes, in the same forms
 * @param lots the parts awarded separately, in their order; empty when the consultation is not
 *        divided into lots
 * @param department code of the department where the contract is performed; {@code null} when
 *        national
 * @param estimatedValue estimated value in euros excluding VAT, every lot included; {@code null}
 *        when not disclosed
 * @param questionsDeadline last moment to ask questions; {@code null} when not set
 * @param depositDeadline last moment to deposit a bid (date limite de remise des plis)
 * @param signatureRequired whether bids must be electronically signed
 * @param envelopes the envelopes each bid holds
 * @param restricted two phases: only the candidates invited after the applications take part in
 *        the second (always for a restricted tender, never for an open one)
 * @param defenceOrSecurity a defence or security contract (its EU threshold differs)
 * @param utilities awarded as a utility (entité adjudicatrice: water, energy, transport, postal)
 * @param test a test consultation, for suppliers to practise (« s'entraîner »)
 */
public record NewConsultation(PurchasingEntityId entity, String reference, String title, String object,
		ProcedureType procedure, Category category, String mainCpv, List<String> additionalCpv, List<NewLot> lots,
		String department, BigDecimal estimatedValue, Instant questionsDeadline, Instant depositDeadline,
		boolean signatureRequired, Set<Envelope> envelopes, boolean restricted, boolean defenceOrSecurity,
		boolean utilities, boolean test) {

	public NewConsultation {
		additionalCpv = additionalCpv == null ? List.of() : List.copyOf(additionalCpv);
		lots = lots == null ? List.of() : List.copyOf(lots);
		envelopes = envelopes == null ? Set.of() : Set.copyOf(envelopes);
	}

	/** The same consultation for {@code entity} (a revision keeps the draft's entity). */
	NewConsultation withEntity(PurchasingEntityId entity) {
		return new NewConsultation(entity, reference, title, object, procedure, category, mainCpv, additionalCpv, lots,
				department, estimatedValue, questionsDeadline, depositDeadline, signatureRequired, envelopes,
				restricted, defenceOrSecurity, utilities, test);
	}

	/** The same consultation with its CPV codes written as the vocabulary writes them. */
	NewConsultation withCodes(String mainCpv, List<String> additionalCpv, List<NewLot> lots) {
		return new NewConsultation(entity, reference, title, object, procedure, category, mainCpv, additionalCpv, lots,
				department, estimatedValue, questionsDeadline, depositDeadline, signatureRequired, envelopes,
				restricted, defenceOrSecurity, utilities, test);
	}
}
