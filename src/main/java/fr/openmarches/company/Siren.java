package fr.openmarches.company;

import java.util.Objects;
import java.util.regex.Pattern;

/** The number of a legal unit in the SIRENE register: nine digits, the last a Luhn check digit. */
public record Siren(String value) {

	private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");

	public Siren {
		Objects.requireNonNull(value, "value");
		value = value.replace(" ", "");
		if (!NINE_DIGITS.matcher(value).matches() || !Luhn.isValid(value)) {
			throw new IllegalArgumentException("Not a SIREN number: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && NINE_DIGITS.matcher(value.replace(" ", "")).matches()
				&& Luhn.isValid(value.replace(" ", ""));
	}

	@Override
	public String toString() {
		return value;
	}
}
