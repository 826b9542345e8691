package fr.openmarches.consultation.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts in euros as buyers type them: « 1 380 000 », « 12500,50 », « 216 000 € » (spaces of
 * any kind between thousands, a comma or a point before at most two decimals).
 */
final class Amounts {

	private static final Pattern AMOUNT = Pattern.compile("[0-9]+([.,][0-9]{1,2})?");

	private Amounts() {
	}

	/**
	 * The amount typed; {@code null} when nothing was typed.
	 * @throws NumberFormatException when the text is not an amount
	 */
	static BigDecimal parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var compact = typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace("€", "");
		if (!AMOUNT.matcher(compact).matches()) {
			throw new NumberFormatException("Not an amount: " + typed);
		}
		return new BigDecimal(compact.replace(',', '.'));
	}

	/** The amount as a buyer would type it again: « 1380000,5 » without grouping. */
	static String typed(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString().replace('.', ',');
	}
}
