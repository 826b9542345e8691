package fr.openmarches.award;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openmarches.award.AnalysisRefusedException.Reason;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.AccountId;

/**
 * The analysis of a consultation's opened bids and the decision on each lot, for its buyers (agents of
 * its entity; anyone else: {@link NoSuchConsultationException}): award criteria and weights, scores
 * and the ranking ({@link Ranking}), requests for missing documents, then per lot the award to the
 * bid ranked first or the declaration that it is unsuccessful — recorded once, published as
 * {@link LotAwarded} or {@link LotDeclaredUnsuccessful}, and notified by letters ({@code Letters}).
 * Once every lot is decided, the consultation is awarded (or unsuccessful when no lot was awarded).
 */
@Service
@Transactional
public class Analysis {

	static final int MAX_CRITERIA = 10;

	static final int MAX_LABEL = 200;

	static final int MAX_COMMENT = 4000;

	static final int MAX_REASON = 2000;

	private final BuyerConsultations buyers;

	private final ConsultationService consultations;

	private final OpenedBids openedBids;

	private final Grids grids;

	private final Decisions decisions;

	private final Messages messages;

	private final Letters letters;

	private final LotContracts lotContracts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Analysis(BuyerConsultations buyers, ConsultationService consultations, OpenedBids openedBids, Grids grids,
			Decisions decisions, Messages messages, Letters letters, LotContracts lotContracts,
			ApplicationEventPublisher events, Clock clock) {
		this.buyers = buyers;
		this.consultations = consultations;
		this.openedBids = openedBids;
		this.grids = grids;
		this.decisions = decisions;
		this.messages = messages;
		this.letters = letters;
		this.lotContracts = lotContracts;
		this.events = events;
		this.clock = clock;
	}

	/** The whole analysis, lot by lot. */
	@Transactional(readOnly = true)
	public AnalysisView view(AccountId buyer, ConsultationId id) {
		var consultation = consultation(buyer, id);
		var bids = bids(buyer, consultation);
		var criteria = grids.criteria(id);
		var assessments = grids.assessments(id);
		var decided = decisions.of(id);
		var sent = messages.ofConsultation(id);
		var contracts = lotContracts.of(id);
		var lots = new ArrayList<AnalysisView.Lot>();
		for (var lot : lots(consultation)) {
			var lotBids = bids.stream().filter(b -> b.bidsFor(lot.number())).toList();
			var lotCriteria = criteria.getOrDefault(lot.number(), List.of());
			lots.add(new AnalysisView.Lot(lot.number(), lot.title(), lotCriteria, lotBids,
					ranking(lotCriteria, lotBids, assessments.getOrDefault(lot.number(), Map.of())),
					decided.stream().filter(d -> d.lot() == lot.number()).findFirst().orElse(null),
					sent.stream().filter(m -> m.lot() == lot.number()).toList(),
					contracts.stream().filter(c -> c.lot() == lot.number()).findFirst().orElse(null)));
		}
		return new AnalysisView(id, consultation.reference(), consultation.title(), consultation.state(),
				consultation.procedure(), Standstill.applies(consultation.procedure()), lots);
	}

	/** One lot of {@link #view}. */
	@Transactional(readOnly = true)
	public AnalysisView.Lot lot(AccountId buyer, ConsultationId id, int lot) {
		return view(buyer, id).lots().stream().filter(l -> l.number() == lot).findFirst()
			.orElseThrow(() -> new AnalysisRefusedException(Reason.NO_SUCH_LOT, lot));
	}

	/**
	 * Sets a lot's criteria, replacing the former ones and the scores given under them.
	 * @throws AnalysisRefusedException when they are not a valid grid (weights summing to 100, labels,
	 *         positive maxima, one price at most), or the lot is decided
	 */
	public void defineCriteria(AccountId buyer, ConsultationId id, int lot, List<Criterion> criteria) {
		var consultation = consultation(buyer, id);
		requireLot(consultation, lot);
		requireUndecided(id, lot);
		if (consultation.state().isFinal()) {
			throw new AnalysisRefusedException(Reason.ALREADY_DECIDED);
		}
		grids.replaceCriteria(id, lot, checked(criteria));
	}

	/** The criteria as they will be stored: labels stripped; the first mistake refused. */
	static List<Criterion> checked(List<Criterion> criteria) {
		if (criteria == null || criteria.isEmpty()) {
			throw new AnalysisRefusedException(Reason.NO_CRITERIA);
		}
		if (criteria.size() > MAX_CRITERIA) {
			throw new AnalysisRefusedException(Reason.TOO_MANY_CRITERIA, MAX_CRITERIA);
		}
		var result = new ArrayList<Criterion>();
		int sum = 0;
		int prices = 0;
		for (var c : criteria) {
			if (c == null || c.kind() == null || c.label() == null || c.label().isBlank() || c.label().strip().length() > MAX_LABEL) {
				throw new AnalysisRefusedException(Reason.LABEL_REQUIRED, MAX_LABEL);
			}
			if (c.weight() < 1 || c.weight() > 100) {
				throw new AnalysisRefusedException(Reason.INVALID_WEIGHT, c.label().strip());
			}
			if (c.maxScore() == null || c.maxScore().signum() <= 0 || c.maxScore().compareTo(BigDecimal.valueOf(1000)) > 0
					|| c.maxScore().scale() > 2) {
				throw new AnalysisRefusedException(Reason.INVALID_MAX_SCORE, c.label().strip());
			}
			sum += c.weight();
			prices += c.kind() == CriterionKind.PRICE ? 1 : 0;
			result.add(new Criterion(c.kind(), c.label().strip(), c.weight(), c.maxScore()));
		}
		if (prices > 1) {
			throw new AnalysisRefusedException(Reason.SEVERAL_PRICES);
		}
		if (sum != 100) {
			throw new AnalysisRefusedException(Reason.WEIGHTS_SUM, sum);
		}
		return result;
	}

	/**
	 * Records the buyer's assessment of bids of a lot (each replaces the bid's former one): amount,
	 * scores of the criteria scored by hand, comment, or why it is set aside.
	 * @throws AnalysisRefusedException before opening, after the decision, for a bid that is not one of
	 *         the lot's, or a score out of 0–max
	 */
	public void assess(AccountId buyer, ConsultationId id, int lot, List<Assessment> assessments) {
		var consultation = consultation(buyer, id);
		requireLot(consultation, lot);
		requireOpened(consultation);
		requireUndecided(id, lot);
		var criteria = grids.criteria(id).getOrDefault(lot, List.of());
		if (criteria.isEmpty()) {
			throw new AnalysisRefusedException(Reason.CRITERIA_FIRST);
		}
		var admitted = bids(buyer, consultation).stream().filter(b -> b.bidsFor(lot)).map(Bid::deposit).toList();
		var now = clock.instant();
		var seen = new HashSet<UUID>();
		for (var assessment : assessments == null ? List.<Assessment>of() : assessments) {
			if (assessment == null || !admitted.contains(assessment.deposit()) || !seen.add(assessment.deposit())) {
				throw new AnalysisRefusedException(Reason.NOT_ADMITTED);
			}
			grids.save(id, lot, checked(assessment, criteria), buyer, now);
		}
	}

	private static Assessment checked(Assessment a, List<Criterion> criteria) {
		if (a.amount() != null && (a.amount().signum() <= 0 || a.amount().scale() > 2
				|| a.amount().compareTo(new BigDecimal("1000000000000")) >= 0)) {
			throw new AnalysisRefusedException(Reason.INVALID_AMOUNT);
		}
		var scores = new java.util.HashMap<Integer, BigDecimal>();
		a.scores().forEach((position, score) -> {
			if (position == null || position < 0 || position >= criteria.size() || score == null) {
				return;
			}
			var criterion = criteria.get(position);
			if (criterion.kind() == CriterionKind.PRICE) {
				return; // computed from the amount
			}
			if (score.signum() < 0 || score.compareTo(criterion.maxScore()) > 0 || score.scale() > 2) {
				throw new AnalysisRefusedException(Reason.SCORE_OUT_OF_RANGE, criterion.label(),
						criterion.maxScore().stripTrailingZeros().toPlainString());
			}
			scores.put(position, score);
		});
		var comment = text(a.comment(), MAX_COMMENT);
		var excluded = text(a.excludedReason(), MAX_REASON);
		return new Assessment(a.deposit(), a.amount(), scores, comment, excluded);
	}

	private static String text(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > max) {
			throw new AnalysisRefusedException(Reason.TOO_LONG, max);
		}
		return text.strip();
	}

	/**
	 * Awards the lot to a bid ranked first (ex æquo included), with its amount; sends the award
	 * notification and the rejection letters.
	 * @throws AnalysisRefusedException before opening, when the lot is decided, or the bid is not
	 *         ranked first or has no amount
	 */
	public Decision award(AccountId buyer, ConsultationId id, int lot, UUID deposit) {
		var consultation = consultation(buyer, id);
		requireLot(consultation, lot);
		requireUndecided(id, lot);
		requireOpened(consultation);
		var bids = bids(buyer, consultation).stream().filter(b -> b.bidsFor(lot)).toList();
		var criteria = grids.criteria(id).getOrDefault(lot, List.of());
		var ranking = ranking(criteria, bids, grids.assessments(id).getOrDefault(lot, Map.of()));
		var row = ranking.stream().filter(r -> r.deposit().equals(deposit)).findFirst()
			.filter(r -> !r.excluded())
			.orElseThrow(() -> new AnalysisRefusedException(Reason.NOT_ADMITTED));
		if (row.rank() == null || row.rank() != 1) {
			throw new AnalysisRefusedException(Reason.NOT_FIRST);
		}
		if (row.amount() == null) {
			throw new AnalysisRefusedException(Reason.NO_AMOUNT);
		}
		var bid = OpenedBids.byDeposit(bids).get(deposit);
		var now = clock.instant();
		var decision = new Decision(lot, Decision.Outcome.AWARDED, deposit, bid.company(), bid.companyName(), bid.siren(),
				bid.siret(), row.amount(), row.total(), null, buyer, now);
		decisions.record(id, decision);
		letters.awarded(consultation, decision, criteria, ranking, OpenedBids.byDeposit(bids), buyer, now);
		events.publishEvent(new LotAwarded(id, lot == 0 ? null : lot, deposit, bid.company(), bid.siren(), bid.siret(),
				bid.companyName(), row.amount(), now));
		concludeIfDone(consultation);
		return decision;
	}

	/**
	 * Declares the lot unsuccessful, with a reason told to every bidder of the lot.
	 * @throws AnalysisRefusedException before opening, without a reason, or when the lot is decided
	 */
	public Decision declareUnsuccessful(AccountId buyer, ConsultationId id, int lot, String reason) {
		var consultation = consultation(buyer, id);
		requireLot(consultation, lot);
		requireUndecided(id, lot);
		requireOpened(consultation);
		var why = text(reason, MAX_REASON);
		if (why == null) {
			throw new AnalysisRefusedException(Reason.REASON_REQUIRED);
		}
		var now = clock.instant();
		var decision = new Decision(lot, Decision.Outcome.UNSUCCESSFUL, null, null, null, null, null, null, null, why,
				buyer, now);
		decisions.record(id, decision);
		letters.unsuccessful(consultation, decision, bids(buyer, consultation).stream().filter(b -> b.bidsFor(lot)).toList(),
				buyer, now);
		events.publishEvent(new LotDeclaredUnsuccessful(id, lot == 0 ? null : lot, why, now));
		concludeIfDone(consultation);
		return decision;
	}

	/**
	 * Asks a bidder of the lot for missing documents, to send by {@code replyBy}: a message in its
	 * space and a mail to its members.
	 */
	public CompanyMessage requestDocuments(AccountId buyer, ConsultationId id, int lot, UUID deposit, String text,
			Instant replyBy) {
		var consultation = consultation(buyer, id);
		requireLot(consultation, lot);
		requireOpened(consultation);
		var bid = bids(buyer, consultation).stream().filter(b -> b.bidsFor(lot) && b.deposit().equals(deposit)).findFirst()
			.orElseThrow(() -> new AnalysisRefusedException(Reason.NOT_ADMITTED));
		var request = text(text, MAX_COMMENT);
		if (request == null) {
			throw new AnalysisRefusedException(Reason.TEXT_REQUIRED);
		}
		var now = clock.instant();
		if (replyBy == null || !replyBy.isAfter(now)) {
			throw new AnalysisRefusedException(Reason.DEADLINE_PAST);
		}
		return letters.documentRequest(consultation, lot, bid, request, replyBy, buyer, now);
	}

	/** The letters and requests sent for the consultation, with their first opening. */
	@Transactional(readOnly = true)
	public List<CompanyMessage> messages(AccountId buyer, ConsultationId id) {
		consultation(buyer, id);
		return messages.ofConsultation(id);
	}

	/** A letter's sealed PDF, as sent. */
	@Transactional(readOnly = true)
	public Optional<byte[]> letter(AccountId buyer, ConsultationId id, UUID message) {
		consultation(buyer, id);
		return messages.find(message).filter(m -> m.consultation().equals(id)).flatMap(m -> messages.pdf(m.id()));
	}

	private void concludeIfDone(ConsultationDetails consultation) {
		var decided = decisions.of(consultation.id());
		if (decided.size() < lots(consultation).size()) {
			return;
		}
		if (decided.stream().anyMatch(Decision::awarded)) {
			consultations.award(consultation.id());
		}
		else {
			consultations.declareUnsuccessful(consultation.id());
		}
	}

	private static List<Ranking.Row> ranking(List<Criterion> criteria, List<Bid> bids, Map<UUID, Assessment> assessments) {
		return Ranking.of(criteria, bids.stream()
			.map(b -> new Ranking.Bid(b.deposit(), b.companyName(), assessments.get(b.deposit())))
			.toList());
	}

	private ConsultationDetails consultation(AccountId buyer, ConsultationId id) {
		return buyers.find(buyer, id).orElseThrow(() -> new NoSuchConsultationException(id));
	}

	/** The bids, once opened: none before (the opening module has nothing to say of a draft). */
	private List<Bid> bids(AccountId buyer, ConsultationDetails consultation) {
		if (consultation.state() == ConsultationState.DRAFT || consultation.state() == ConsultationState.PUBLISHED) {
			return List.of();
		}
		return openedBids.of(buyer, consultation.id());
	}

	private record LotRef(int number, String title) {
	}

	private static List<LotRef> lots(ConsultationDetails consultation) {
		return consultation.lots().isEmpty() ? List.of(new LotRef(0, consultation.title()))
				: consultation.lots().stream().map(l -> new LotRef(l.number(), l.title())).toList();
	}

	private static void requireLot(ConsultationDetails consultation, int lot) {
		if (lots(consultation).stream().noneMatch(l -> l.number() == lot)) {
			throw new AnalysisRefusedException(Reason.NO_SUCH_LOT, lot);
		}
	}

	private static void requireOpened(ConsultationDetails consultation) {
		if (consultation.state() != ConsultationState.OPENED) {
			throw new AnalysisRefusedException(Reason.NOT_OPENED);
		}
	}

	private void requireUndecided(ConsultationId id, int lot) {
		if (decisions.of(id).stream().anyMatch(d -> d.lot() == lot)) {
			throw new AnalysisRefusedException(Reason.ALREADY_DECIDED);
		}
	}
}
