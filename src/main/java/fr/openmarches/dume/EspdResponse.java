package fr.openmarches.dume;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationDetails;

/**
 * A company's DUME response to a consultation's request: the economic operator as it declares
 * itself and one answer per criterion of the request.
 *
 * @param id null while not saved: then it is the draft prefilled from the company record
 * @param answers criterion code → answer; a criterion without one is still to answer
 */
public record EspdResponse(UUID id, CompanyId company, ConsultationDetails consultation, EspdRequest request,
		EconomicOperator operator, Map<String, Answer> answers, Instant updatedAt) {

	/**
	 * The economic operator.
	 *
	 * @param siret the establishment's SIRET, null for a company established abroad
	 * @param country ISO 3166-1 alpha-2 code
	 * @param legalForm the INSEE legal category code, or the form's name abroad
	 */
	public record EconomicOperator(String siret, String name, String street, String postcode, String city,
			String country, boolean sme, String legalForm) {
	}

	/**
	 * The answer to one criterion: only what the criterion asks is kept.
	 *
	 * @param details the answers to the follow-up questions the yes/no answer calls for
	 *        ({@link EspdCriterion#due}), by property id: {@code true}/{@code false}, an ISO date,
	 *        a period {@code start/end}, a number, a country (ISO alpha-2), a URL or a text
	 */
	public record Answer(Boolean indicator, BigDecimal amount, String text, Map<String, String> details) {

		public Answer {
			details = details == null ? Map.of() : Map.copyOf(details);
		}

		public Answer(Boolean indicator, BigDecimal amount, String text) {
			this(indicator, amount, text, Map.of());
		}

		public boolean isEmpty() {
			return indicator == null && amount == null && (text == null || text.isBlank()) && details.isEmpty();
		}
	}

	public Answer answer(String code) {
		return answers.get(code);
	}

	/** The criteria of the request still without an answer. */
	public List<EspdCriterion> unanswered() {
		return request.criteria().stream().filter(c -> !answers.containsKey(c.code())).toList();
	}

	public boolean saved() {
		return id != null;
	}
}
