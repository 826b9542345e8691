package fr.openmarches.award;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The buyer's assessment of one bid for one lot.
 *
 * @param amount the offer's amount (euros, excluding VAT) as read in the bid; it scores the price
 *        criterion and is the awarded amount
 * @param scores by criterion position; a price criterion's score is computed from {@code amount}
 * @param excludedReason why the bid is set aside (irregular, unacceptable or inappropriate offer);
 *        {@code null} when it is ranked
 */
public record Assessment(UUID deposit, BigDecimal amount, Map<Integer, BigDecimal> scores, String comment,
		String excludedReason) {

	public Assessment {
		scores = scores == null ? Map.of() : Map.copyOf(scores);
	}

	public boolean excluded() {
		return excludedReason != null && !excludedReason.isBlank();
	}
}
