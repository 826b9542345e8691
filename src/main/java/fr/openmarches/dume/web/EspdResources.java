package fr.openmarches.dume.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.dume.EspdCriterion;
import fr.openmarches.dume.EspdRequest;
import fr.openmarches.dume.EspdResponse;
import fr.openmarches.dume.EspdResponse.Answer;
import fr.openmarches.dume.EspdResponse.EconomicOperator;
import fr.openmarches.dume.EspdResponses;
import io.swagger.v3.oas.annotations.media.Schema;

/** The DUME's API payloads. */
final class EspdResources {

	private EspdResources() {
	}

	/** A requirement, with the value the buyer gave it (null if none). */
	record RequirementResource(String propertyId, String description, EspdCriterion.ValueKind kind, String value) {
	}

	/** A criterion of the ESPD-EDM list, with what it asks. */
	record CriterionResource(String code, EspdCriterion.Kind kind, boolean mandatory, String name, String description,
			boolean asksIndicator, boolean asksAmount, boolean asksText, List<RequirementResource> requirements) {

		static CriterionResource of(EspdCriterion criterion, Map<String, String> values, Locale locale) {
			return new CriterionResource(criterion.code(), criterion.kind(), criterion.mandatory(), criterion.name(locale),
					criterion.description(), criterion.asksIndicator(), criterion.asksAmount(), criterion.asksText(),
					criterion.requirements()
						.stream()
						.map(r -> new RequirementResource(r.propertyId(), r.description(), r.kind(), values.get(r.propertyId())))
						.toList());
		}
	}

	/** A consultation's DUME request. */
	record RequestResource(UUID consultation, @Schema(description = "Null while the buyer has not set it: the default request") Instant updatedAt,
			List<CriterionResource> criteria, URI xml) {

		static RequestResource of(EspdRequest request, Locale locale, String xml) {
			return new RequestResource(request.consultation().value(), request.updatedAt(),
					request.criteria().stream().map(c -> CriterionResource.of(c, request.requirements(), locale)).toList(),
					URI.create(xml));
		}
	}

	/** What a buyer sets: criteria codes (mandatory exclusion grounds are added) and requirement values by property id. */
	record RequestPayload(
			@Schema(description = "Criterion codes, e.g. [\"gen-year-to\", \"indem-insu\"]; the mandatory exclusion grounds are always added") Set<String> criteria,
			@Schema(description = "Requirement property id → value (an amount in euros, a number or a text)") Map<String, String> requirements) {
	}

	/** One criterion of the response with its answer. */
	record AnswerResource(String code, EspdCriterion.Kind kind, String name, boolean asksIndicator, boolean asksAmount,
			boolean asksText, Boolean indicator, BigDecimal amount, String text,
			@Schema(description = "Answers to the follow-up questions the yes/no answer calls for, by property id") Map<String, String> details,
			@Schema(description = "Documents named as evidence (follow-up questions of type EVIDENCE_IDENTIFIER), by property id") Map<String, EspdResponse.Evidence> evidence,
			@Schema(description = "The follow-up questions: asked after the yes/no question `parent` is answered `when`; "
					+ "`amountQuestion` and `textQuestion` ones are answered by `amount` and `text`") List<EspdCriterion.FollowUp> followUps,
			String amountQuestion, String textQuestion) {
	}

	/** A company's DUME response. */
	record ResponseResource(UUID consultation, String reference, String title,
			@Schema(description = "False while it is the draft prefilled from the company record") boolean saved,
			Instant updatedAt, EconomicOperator operator, List<AnswerResource> answers, List<String> unanswered, URI xml,
			URI pdf) {

		static ResponseResource of(EspdResponse response, Locale locale) {
			var base = "/api/v1/my-company/espd-responses/" + response.consultation().id().value();
			return new ResponseResource(response.consultation().id().value(), response.consultation().reference(),
					response.consultation().title(), response.saved(), response.updatedAt(), response.operator(),
					response.request().criteria().stream().map(c -> {
						var answer = response.answer(c.code());
						return new AnswerResource(c.code(), c.kind(), c.name(locale), c.asksIndicator(), c.asksAmount(),
								c.asksText(), answer == null ? null : answer.indicator(), answer == null ? null : answer.amount(),
								answer == null ? null : answer.text(), answer == null ? Map.of() : answer.details(),
								answer == null ? Map.of() : answer.evidence(), c.followUps(),
								c.amountQuestion(), c.textQuestion());
					}).toList(),
					response.unanswered().stream().map(EspdCriterion::code).toList(), URI.create(base + "/xml"),
					URI.create(base + "/pdf"));
		}
	}

	/** What a company member saves. */
	record ResponsePayload(EconomicOperator operator,
			@Schema(description = "Criterion code → answer; only what the criterion asks is kept. `details`: property id → "
					+ "answer to each follow-up question the yes/no answer calls for (all required; `true`/`false`, ISO date, "
					+ "period `start/end`, number, two-letter country, URL, text, or for the role in a group of operators "
					+ "(type CODE, criterion `eo-group`) `group-lead` or `group-mem`). `evidence`: property id → document "
					+ "named as evidence for the follow-up questions of type EVIDENCE_IDENTIFIER (`url`, `reference`, `issuer`, "
					+ "`description`; a URL or a reference at least)") Map<String, Answer> answers) {
	}

	/** The result of « reprendre mon dernier DUME ». */
	record ReuseResource(@Schema(description = "The consultation whose response was copied, null if none") UUID from,
			int copied, List<String> toFill, ResponseResource response) {

		static ReuseResource of(EspdResponses.Reuse reuse, Locale locale) {
			return new ReuseResource(reuse.from() == null ? null : reuse.from().value(), reuse.copied(),
					reuse.toFill().stream().map(EspdCriterion::code).toList(), ResponseResource.of(reuse.response(), locale));
		}
	}

	/** A saved response in the company's list. */
	record SavedResource(UUID consultation, String reference, String title, Instant updatedAt, URI self) {

		static SavedResource of(EspdResponses.Saved saved) {
			return new SavedResource(saved.consultation().value(), saved.reference(), saved.title(), saved.updatedAt(),
					URI.create("/api/v1/my-company/espd-responses/" + saved.consultation().value()));
		}
	}
}
