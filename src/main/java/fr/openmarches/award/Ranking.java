package fr.openmarches.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ranking of a lot's bids, computed from its criteria and the buyer's assessments (docs/award.md).
 *
 * <p>Each criterion weighs {@code weight} points out of 100: a bid's total is
 * {@code Σ weight × score ÷ maxScore}. The price criterion is scored from the amounts, by the usual
 * formula {@code maxScore × lowest amount ÷ amount} (the lowest offer gets the full score), the lowest
 * amount being that of the bids ranked. Totals are rounded to two decimals, and bids with the same
 * rounded total share a rank (1, 1, 3): ties are shown, the buyer decides. A bid set aside, or whose
 * scores are incomplete, has no rank.
 */
public final class Ranking {

	static final int SCALE = 2;

	private Ranking() {
	}

	/** A bid to rank: its deposit, its company, and the buyer's assessment ({@code null} when none yet). */
	public record Bid(UUID deposit, String companyName, Assessment assessment) {
	}

	/**
	 * One line of the ranking.
	 *
	 * @param scores by criterion position, the price's computed; missing when not given
	 * @param total out of 100, rounded to two decimals; {@code null} when incomplete or set aside
	 * @param rank 1 for the best; {@code null} when not ranked
	 * @param tied whether another bid has the same rank
	 */
	public record Row(UUID deposit, String companyName, BigDecimal amount, Map<Integer, BigDecimal> scores,
			BigDecimal total, Integer rank, boolean tied, String comment, String excludedReason) {

		public boolean excluded() {
			return excludedReason != null;
		}

		public boolean ranked() {
			return rank != null;
		}

		public BigDecimal score(int position) {
			return scores.get(position);
		}
	}

	/** The rows, best first; bids without a rank after, in the order given. */
	public static List<Row> of(List<Criterion> criteria, List<Bid> bids) {
		var lowest = bids.stream()
			.map(Bid::assessment)
			.filter(a -> a != null && !a.excluded() && a.amount() != null && a.amount().signum() > 0)
			.map(Assessment::amount)
			.min(Comparator.naturalOrder())
			.orElse(null);
		var rows = new ArrayList<Row>();
		for (var bid : bids) {
			rows.add(row(criteria, bid, lowest));
		}
		var ranked = rows.stream().filter(r -> r.total() != null).sorted(Comparator.comparing(Row::total).reversed()).toList();
		var result = new ArrayList<Row>();
		for (int i = 0; i < ranked.size(); i++) {
			var row = ranked.get(i);
			int rank = 1 + (int) ranked.stream().filter(other -> other.total().compareTo(row.total()) > 0).count();
			boolean tied = ranked.stream().filter(other -> other.total().compareTo(row.total()) == 0).count() > 1;
			result.add(new Row(row.deposit(), row.companyName(), row.amount(), row.scores(), row.total(), rank, tied,
					row.comment(), row.excludedReason()));
		}
		rows.stream().filter(r -> r.total() == null).forEach(result::add);
		return List.copyOf(result);
	}

	/** {@code maxScore × lowest ÷ amount}, two decimals. */
	public static BigDecimal priceScore(BigDecimal maxScore, BigDecimal lowest, BigDecimal amount) {
		return maxScore.multiply(lowest).divide(amount, SCALE, RoundingMode.HALF_UP);
	}

	private static Row row(List<Criterion> criteria, Bid bid, BigDecimal lowest) {
		var assessment = bid.assessment();
		if (assessment == null) {
			return new Row(bid.deposit(), bid.companyName(), null, Map.of(), null, null, false, null, null);
		}
		var scores = new LinkedHashMap<Integer, BigDecimal>();
		var total = BigDecimal.ZERO;
		boolean complete = !criteria.isEmpty() && !assessment.excluded();
		for (int position = 0; position < criteria.size(); position++) {
			var criterion = criteria.get(position);
			BigDecimal score;
			if (criterion.kind() == CriterionKind.PRICE) {
				score = assessment.amount() == null || lowest == null || assessment.excluded() ? null
						: priceScore(criterion.maxScore(), lowest, assessment.amount());
			}
			else {
				score = assessment.scores().get(position);
			}
			if (score == null) {
				complete = false;
				continue;
			}
			scores.put(position, score);
			total = total.add(BigDecimal.valueOf(criterion.weight()).multiply(score)
				.divide(criterion.maxScore(), 6, RoundingMode.HALF_UP));
		}
		return new Row(bid.deposit(), bid.companyName(), assessment.amount(), Map.copyOf(scores),
				complete ? total.setScale(SCALE, RoundingMode.HALF_UP) : null, null, false, assessment.comment(),
				assessment.excluded() ? assessment.excludedReason().strip() : null);
	}
}
