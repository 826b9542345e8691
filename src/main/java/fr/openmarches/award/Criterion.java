package fr.openmarches.award;

import java.math.BigDecimal;

/**
 * One award criterion of a lot, as the rules of the consultation announced it.
 *
 * @param weight its share of the total, in percent (the weights of a lot sum to 100)
 * @param maxScore the best score a bid can get on it (e.g. 10 or 20)
 */
public record Criterion(CriterionKind kind, String label, int weight, BigDecimal maxScore) {
}
