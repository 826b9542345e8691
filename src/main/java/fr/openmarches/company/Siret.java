package fr.openmarches.company;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of an establishment in the SIRENE register: its company's {@link Siren} followed by
 * five digits, the whole Luhn-valid. La Poste's establishments are the registered exception:
 * their digits add up to a multiple of five instead.
 */
public record Siret(String value) {

	private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");

	private static final String LA_POSTE = "356000000";

	public Siret {
		Objects.requireNonNull(value, "value");
		value = value.replace(" ", "");
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a SIRET number: " + value);
		}
	}

	public static boolean isValid(String value) {
		if (value == null) {
			return false;
		}
		var digits = value.replace(" ", "");
		if (!FOURTEEN_DIGITS.matcher(digits).matches()) {
			return false;
		}
		if (digits.startsWith(LA_POSTE)) {
			return digits.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		return Luhn.isValid(digits);
	}

	public Siren siren() {
		return new Siren(value.substring(0, 9));
	}

	@Override
	public String toString() {
		return value;
	}
}
