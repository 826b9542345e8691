package fr.openmarches.consultation.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A file size as people read it: « 312 o », « 48 ko », « 1,2 Mo » (decimal units: 1 ko = 1,000
 * bytes). One decimal below ten units, none above.
 */
record FileSize(String amount, Unit unit) {

	static FileSize of(long bytes, Locale locale) {
		if (bytes < 0) {
			throw new IllegalArgumentException("A size cannot be negative: " + bytes);
		}
		var unit = Unit.BYTES;
		double value = bytes;
		while (value >= 1000 && unit.ordinal() < Unit.values().length - 1) {
			value /= 1000;
			unit = Unit.values()[unit.ordinal() + 1];
		}
		var format = new DecimalFormat(unit == Unit.BYTES || value >= 10 ? "0" : "0.#",
				DecimalFormatSymbols.getInstance(locale));
		var amount = format.format(value);
		// 999.95 ko rounds to "1000": say « 1 Mo » instead
		if (unit != Unit.GIGABYTES && amount.equals("1000")) {
			return new FileSize("1", Unit.values()[unit.ordinal() + 1]);
		}
		return new FileSize(amount, unit);
	}

	String messageKey() {
		return "consultation.size." + unit.name().toLowerCase(Locale.ROOT);
	}

	enum Unit {
		BYTES, KILOBYTES, MEGABYTES, GIGABYTES
	}
}
