package fr.openmarches.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The ranking's arithmetic and the criteria's rules, without Spring. */
class RankingTest {

	private static final List<Criterion> PRICE_AND_VALUE = List.of(
			new Criterion(CriterionKind.PRICE, "Prix", 40, new BigDecimal("20")),
			new Criterion(CriterionKind.TECHNICAL, "Valeur technique", 60, new BigDecimal("20")));

	private final UUID a = UUID.randomUUID();

	private final UUID b = UUID.randomUUID();

	private final UUID c = UUID.randomUUID();

	@Test
	void theTotalWeighsEachScoreAndThePriceIsScoredFromTheLowestAmount() {
		var rows = Ranking.of(PRICE_AND_VALUE, List.of(
				bid(a, "A", "10000", Map.of(1, "12")),
				bid(b, "B", "8000", Map.of(1, "10")),
				bid(c, "C", "12500", Map.of(1, "18"))));
		// A: price 20 × 8000 / 10000 = 16 → 40 × 16/20 = 32; value 60 × 12/20 = 36 → 68
		// B: price 20 → 40; value 60 × 10/20 = 30 → 70
		// C: price 20 × 8000 / 12500 = 12.8 → 25.6; value 60 × 18/20 = 54 → 79.6
		assertThat(rows).extracting(Ranking.Row::deposit).containsExactly(c, b, a);
		assertThat(rows).extracting(Ranking.Row::total)
			.containsExactly(new BigDecimal("79.60"), new BigDecimal("70.00"), new BigDecimal("68.00"));
		assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 2, 3);
		assertThat(rows.get(2).score(0)).isEqualByComparingTo("16");
		assertThat(rows.get(0).score(0)).isEqualByComparingTo("12.8");
		assertThat(rows).noneMatch(Ranking.Row::tied);
	}

	@Test
	void equalTotalsShareARankAndTheNextRankIsSkipped() {
		var value = List.of(new Criterion(CriterionKind.TECHNICAL, "Valeur", 100, new BigDecimal("10")));
		var rows = Ranking.of(value, List.of(bid(a, "A", null, Map.of(0, "7")), bid(b, "B", null, Map.of(0, "7")),
				bid(c, "C", null, Map.of(0, "5"))));
		assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 1, 3);
		assertThat(rows).extracting(Ranking.Row::tied).containsExactly(true, true, false);
		assertThat(rows.get(2).total()).isEqualByComparingTo("50");
	}

	@Test
	void aBidSetAsideOrIncompleteIsNotRankedAndDoesNotSetTheLowestPrice() {
		var rows = Ranking.of(PRICE_AND_VALUE, List.of(
				new Ranking.Bid(a, "A", new Assessment(a, new BigDecimal("5000"), Map.of(1, new BigDecimal("20")), null, "Offre anormalement basse")),
				bid(b, "B", "10000", Map.of()),
				bid(c, "C", "10000", Map.of(1, "10"))));
		assertThat(rows.getFirst().deposit()).isEqualTo(c);
		assertThat(rows.getFirst().score(0)).as("the lowest price among bids ranked").isEqualByComparingTo("20");
		assertThat(rows.getFirst().total()).isEqualByComparingTo("70");
		assertThat(rows.subList(1, 3)).allMatch(r -> r.rank() == null && r.total() == null);
		assertThat(rows.get(1).excludedReason()).isEqualTo("Offre anormalement basse");
	}

	@Test
	void theWeightsSumTo100AndEachCriterionIsWellFormed() {
		assertThat(Analysis.checked(PRICE_AND_VALUE)).hasSize(2);
		assertThatThrownBy(() -> Analysis.checked(List.of(new Criterion(CriterionKind.PRICE, "Prix", 40, BigDecimal.TEN),
				new Criterion(CriterionKind.TECHNICAL, "Valeur", 50, BigDecimal.TEN))))
			.isInstanceOfSatisfying(AnalysisRefusedException.class, e -> {
				assertThat(e.reason()).isEqualTo(AnalysisRefusedException.Reason.WEIGHTS_SUM);
				assertThat(e.arguments()).containsExactly(90);
			});
		assertThat(reason(List.of())).isEqualTo(AnalysisRefusedException.Reason.NO_CRITERIA);
		assertThat(reason(List.of(new Criterion(CriterionKind.OTHER, " ", 100, BigDecimal.TEN))))
			.isEqualTo(AnalysisRefusedException.Reason.LABEL_REQUIRED);
		assertThat(reason(List.of(new Criterion(CriterionKind.OTHER, "Délai", 0, BigDecimal.TEN),
				new Criterion(CriterionKind.OTHER, "Prix", 100, BigDecimal.TEN))))
			.isEqualTo(AnalysisRefusedException.Reason.INVALID_WEIGHT);
		assertThat(reason(List.of(new Criterion(CriterionKind.OTHER, "Délai", 100, BigDecimal.ZERO))))
			.isEqualTo(AnalysisRefusedException.Reason.INVALID_MAX_SCORE);
		assertThat(reason(List.of(new Criterion(CriterionKind.PRICE, "Prix", 50, BigDecimal.TEN),
				new Criterion(CriterionKind.PRICE, "Coût global", 50, BigDecimal.TEN))))
			.isEqualTo(AnalysisRefusedException.Reason.SEVERAL_PRICES);
	}

	@Test
	void theStandstillIsElevenDaysForFormalisedProceduresAndNoneForAMapa() {
		var sent = java.time.Instant.parse("2026-11-23T23:30:00Z"); // already the 24th in Paris (UTC+1)
		assertThat(Standstill.endsOn(fr.openmarches.consultation.ProcedureType.OPEN_TENDER, sent))
			.isEqualTo(java.time.LocalDate.of(2026, 12, 5));
		assertThat(Standstill.endsOn(fr.openmarches.consultation.ProcedureType.MAPA, sent)).isNull();
	}

	@Test
	void aBidWithoutLotsCountsForEveryLot() {
		var company = new fr.openmarches.company.CompanyId(UUID.randomUUID());
		var forTwo = new Bid(a, "OM-1", company, "A", null, null, List.of(2), java.time.Instant.EPOCH);
		var forAll = new Bid(b, "OM-2", company, "B", null, null, List.of(), java.time.Instant.EPOCH);
		assertThat(forTwo.bidsFor(2)).isTrue();
		assertThat(forTwo.bidsFor(1)).isFalse();
		assertThat(forTwo.bidsFor(0)).as("a consultation without lots").isTrue();
		assertThat(forAll.bidsFor(1)).isTrue();
	}

	private static AnalysisRefusedException.Reason reason(List<Criterion> criteria) {
		try {
			Analysis.checked(criteria);
			return null;
		}
		catch (AnalysisRefusedException e) {
			return e.reason();
		}
	}

	private static Ranking.Bid bid(UUID deposit, String name, String amount, Map<Integer, String> scores) {
		var byPosition = new java.util.HashMap<Integer, BigDecimal>();
		scores.forEach((k, v) -> byPosition.put(k, new BigDecimal(v)));
		return new Ranking.Bid(deposit, name,
				new Assessment(deposit, amount == null ? null : new BigDecimal(amount), byPosition, null, null));
	}
}
