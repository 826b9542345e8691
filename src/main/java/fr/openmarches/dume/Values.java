package fr.openmarches.dume;

import java.math.BigDecimal;

/** Amounts, numbers and texts as people type them (« 100 000,50 ») and as the XML holds them. */
final class Values {

	static final int MAX_TEXT = 4000;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999");

	private Values() {
	}

	/** A non-negative amount with at most two decimals, or refused. */
	static BigDecimal amount(String typed) {
		var value = number(typed);
		if (value.scale() > 2) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
		}
		return value.setScale(2);
	}

	/** A non-negative number, or refused. */
	static BigDecimal number(String typed) {
		try {
			var value = new BigDecimal(typed.strip().replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.'));
			if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
				throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
			}
			return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
		}
		catch (NumberFormatException e) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
		}
	}

	/** A text without control characters (but line breaks), at most {@value #MAX_TEXT} characters. */
	static String text(String typed) {
		var text = typed.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
		if (text.length() > MAX_TEXT) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, "text too long");
		}
		return text;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
