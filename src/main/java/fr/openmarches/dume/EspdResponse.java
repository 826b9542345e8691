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
	 *        a period {@code start/end}, a number, a country (ISO alpha-2), a role in a group of
	 *        operators ({@code group-lead}, {@code group-mem}), a URL or a text
	 * @param evidence the documents named as evidence (questions {@code EVIDENCE_IDENTIFIER}), by property id
	 */
	public record Answer(Boolean indicator, BigDecimal amount, String text, Map<String, String> details,
			Map<String, Evidence> evidence) {

		public Answer {
			details = details == null ? Map.of() : Map.copyOf(details);
			evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
		}

		public Answer(Boolean indicator, BigDecimal amount, String text, Map<String, String> details) {
			this(indicator, amount, text, details, Map.of());
		}

		public Answer(Boolean indicator, BigDecimal amount, String text) {
			this(indicator, amount, text, Map.of(), Map.of());
		}

		public boolean isEmpty() {
			return indicator == null && amount == null && (text == null || text.isBlank()) && details.isEmpty()
					&& evidence.isEmpty();
		}
	}

	/**
	 * A document the company names as evidence (ESPD {@code cac:Evidence}): where it is, its reference,
	 * who issued it, what it is. A URL or a reference at least.
	 *
	 * @param url where the buyer reads it ({@code http} or {@code https}), or null
	 * @param reference the document's reference (a certificate number…), or null
	 * @param issuer the issuer's name (URSSAF, a certification body…), or null
	 * @param description what the document is, or null
	 */
	public record Evidence(String url, String reference, String issuer, String description) {
	}

	public Answer answer(String code) {
		return answers.get(code);
	}

	/** The criteria of the request still without an answer. */
	public List<EspdCriterion> unanswered() {
		return request.criteria().stream().filter(c -> !answers.containsKey(c.code())).toList();
	}

	/**
	 * The company's role in the group of operators it bids with ({@code group-lead} or
	 * {@code group-mem}: its answer to {@code eo-group}), or null when it bids alone.
	 */
	public String groupRole() {
		var answer = answers.get(EspdCriterion.GROUP);
		if (answer == null || !Boolean.TRUE.equals(answer.indicator())) {
			return null;
		}
		return request.criteria()
			.stream()
			.filter(c -> c.code().equals(EspdCriterion.GROUP))
			.flatMap(c -> c.followUps().stream())
			.filter(f -> "CODE".equals(f.type()))
			.map(f -> answer.details().get(f.propertyId()))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The name of the group of operators the company bids with, or null. */
	public String groupName() {
		var answer = groupRole() == null ? null : answers.get(EspdCriterion.GROUP);
		return answer == null ? null : answer.details().get(EspdCriterion.GROUP_NAME_QUESTION);
	}

	public boolean saved() {
		return id != null;
	}
}
