package fr.openmarches.award.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.award.AnalysisView;
import fr.openmarches.award.Assessment;
import fr.openmarches.award.Bid;
import fr.openmarches.award.CompanyMessage;
import fr.openmarches.award.Criterion;
import fr.openmarches.award.CriterionKind;
import fr.openmarches.award.Decision;
import fr.openmarches.award.DocumentReply;
import fr.openmarches.award.MessageKind;
import fr.openmarches.award.Ranking;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the analysis and messages API. */
final class AwardResources {

	private AwardResources() {
	}

	@Schema(name = "AwardCriterion", description = "An award criterion of a lot.")
	record CriterionResource(CriterionKind kind, @Schema(description = "Up to 200 characters") String label,
			@Schema(description = "Percent, 1–100; the weights of a lot sum to 100") int weight,
			@Schema(description = "The best score on it, e.g. 20", example = "20") BigDecimal maxScore) {

		static CriterionResource of(Criterion c) {
			return new CriterionResource(c.kind(), c.label(), c.weight(), c.maxScore());
		}

		Criterion criterion() {
			return new Criterion(kind, label, weight, maxScore);
		}
	}

	@Schema(name = "AwardCriteria", description = "A lot's criteria, replacing the former ones (and the scores given under them).")
	record CriteriaPayload(List<CriterionResource> criteria) {

		List<Criterion> list() {
			return criteria == null ? List.of() : criteria.stream().map(c -> c == null ? null : c.criterion()).toList();
		}
	}

	@Schema(name = "BidAssessment", description = "The buyer's assessment of one bid for one lot.")
	record AssessmentResource(UUID deposit,
			@Schema(description = "The offer's amount, euros excluding VAT; scores the price criterion and is the amount awarded") BigDecimal amount,
			@Schema(description = "Scores by criterion position (\"0\", \"1\"…), 0–max; the price criterion's is computed and ignored here") Map<String, BigDecimal> scores,
			String comment,
			@Schema(description = "Why the bid is set aside (irregular, unacceptable or inappropriate offer); null to rank it") String excludedReason) {

		static AssessmentResource of(Ranking.Row row) {
			var scores = new HashMap<String, BigDecimal>();
			row.scores().forEach((k, v) -> scores.put(String.valueOf(k), v));
			return new AssessmentResource(row.deposit(), row.amount(), scores, row.comment(), row.excludedReason());
		}

		Assessment assessment() {
			var byPosition = new HashMap<Integer, BigDecimal>();
			if (scores != null) {
				scores.forEach((k, v) -> {
					try {
						byPosition.put(Integer.valueOf(k), v);
					}
					catch (NumberFormatException e) {
						// not a position: ignored
					}
				});
			}
			return new Assessment(deposit, amount, byPosition, comment, excludedReason);
		}
	}

	@Schema(name = "BidAssessments")
	record AssessmentsPayload(List<AssessmentResource> assessments) {

		List<Assessment> list() {
			return assessments == null ? List.of() : assessments.stream().map(a -> a == null ? null : a.assessment()).toList();
		}
	}

	@Schema(name = "RankedBid", description = "One line of a lot's ranking.")
	record RankedResource(UUID deposit, String companyName, BigDecimal amount,
			@Schema(description = "By criterion position, the price's computed (max × lowest amount ÷ amount)") Map<String, BigDecimal> scores,
			@Schema(description = "Σ weight × score ÷ max, out of 100; null when incomplete or set aside") BigDecimal total,
			@Schema(description = "1 for the best; equal totals share a rank; null when not ranked") Integer rank,
			boolean tied, String comment, String excludedReason) {

		static RankedResource of(Ranking.Row row) {
			var scores = new HashMap<String, BigDecimal>();
			row.scores().forEach((k, v) -> scores.put(String.valueOf(k), v));
			return new RankedResource(row.deposit(), row.companyName(), row.amount(), scores, row.total(), row.rank(),
					row.tied(), row.comment(), row.excludedReason());
		}
	}

	@Schema(name = "LotDecisionRequest", description = "Award the lot to a bid ranked first, or declare it unsuccessful with a reason.")
	record DecisionPayload(Decision.Outcome outcome, @Schema(description = "For AWARDED: the bid") UUID deposit,
			@Schema(description = "For UNSUCCESSFUL: why, up to 2000 characters") String reason) {
	}

	@Schema(name = "LotDecision")
	record DecisionResource(int lot, Decision.Outcome outcome, UUID deposit, UUID company, String companyName, String siren,
			String siret, BigDecimal amount, BigDecimal total, String reason, UUID decidedBy, Instant decidedAt) {

		static DecisionResource of(Decision d) {
			return d == null ? null : new DecisionResource(d.lot(), d.outcome(), d.deposit(),
					d.company() == null ? null : d.company().value(), d.companyName(), d.siren(), d.siret(), d.amount(),
					d.total(), d.reason(), d.decidedBy().value(), d.decidedAt());
		}
	}

	@Schema(name = "DocumentRequest", description = "Ask a bidder for missing documents.")
	record DocumentRequestPayload(UUID deposit, @Schema(description = "What to send, up to 4000 characters") String text,
			@Schema(description = "The deadline, in the future") Instant replyBy) {
	}

	@Schema(name = "CompanyMessage", description = "A letter or a request sent to a company about its bid.")
	record MessageResource(UUID id, UUID consultation, @Schema(description = "0 when the consultation has no lots") int lot,
			UUID company, UUID deposit, MessageKind kind, String subject, String body,
			@Schema(description = "Whether a PDF letter goes with it") boolean letter, Instant replyBy,
			@Schema(description = "Last day of the standstill period, when one applies") LocalDate standstillEndsOn,
			Instant sentAt,
			@Schema(description = "The first opening by a member of the company: the legal notification date") Instant firstOpenedAt) {

		static MessageResource of(CompanyMessage m) {
			return new MessageResource(m.id(), m.consultation().value(), m.lot(), m.company().value(), m.deposit(), m.kind(),
					m.subject(), m.body(), m.letter(), m.replyBy(), m.standstillEndsOn(), m.sentAt(), m.firstOpenedAt());
		}
	}

	@Schema(name = "AdmittedBid")
	record BidResource(UUID deposit, String number, UUID company, String companyName, String siren, String siret,
			List<Integer> lots, Instant receivedAt) {

		static BidResource of(Bid b) {
			return new BidResource(b.deposit(), b.number(), b.company().value(), b.companyName(), b.siren(), b.siret(),
					b.lots(), b.receivedAt());
		}
	}

	@Schema(name = "LotAnalysis")
	record LotResource(@Schema(description = "0 when the consultation has no lots") int number, String title,
			List<CriterionResource> criteria, List<BidResource> bids, List<RankedResource> ranking,
			DecisionResource decision, List<MessageResource> messages) {

		static LotResource of(AnalysisView.Lot l) {
			return new LotResource(l.number(), l.title(), l.criteria().stream().map(CriterionResource::of).toList(),
					l.bids().stream().map(BidResource::of).toList(), l.ranking().stream().map(RankedResource::of).toList(),
					DecisionResource.of(l.decision()), l.messages().stream().map(MessageResource::of).toList());
		}
	}

	@Schema(name = "ConsultationAnalysis", description = "A consultation's analysis and decisions, lot by lot.")
	record AnalysisResource(UUID consultation, String reference, String title, ConsultationState state,
			ProcedureType procedure, @Schema(description = "Whether a standstill period applies (formalised procedures: 11 days)") boolean standstill,
			List<LotResource> lots) {

		static AnalysisResource of(AnalysisView v) {
			return new AnalysisResource(v.consultation().value(), v.reference(), v.title(), v.state(), v.procedure(),
					v.standstill(), v.lots().stream().map(LotResource::of).toList());
		}
	}

	@Schema(name = "DocumentReply")
	record ReplyResource(UUID id, @Schema(description = "The request answered") UUID message, String text,
			List<ReplyFileResource> files, @Schema(description = "Sent after the request's deadline") boolean late,
			UUID sentBy, Instant sentAt) {

		static ReplyResource of(DocumentReply r) {
			return new ReplyResource(r.id(), r.message(), r.text(), r.files().stream()
				.map(f -> new ReplyFileResource(f.position(), f.fileName(), f.mediaType(), f.size(), f.sha256())).toList(),
					r.late(), r.sentBy().value(), r.sentAt());
		}
	}

	@Schema(name = "DocumentReplyFile")
	record ReplyFileResource(int position, String fileName, String mediaType, long size, String sha256) {
	}
}
