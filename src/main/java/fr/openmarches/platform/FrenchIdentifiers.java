package fr.openmarches.platform;

import fr.openmarches.platform.InvalidIdentifierException.Problem;

/** The check rules behind {@link Siren} and {@link Siret}. */
final class FrenchIdentifiers {

	private static final String LA_POSTE = "356000000";

	private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

	private FrenchIdentifiers() {
	}

	static String normalise(String typed) {
		return typed == null ? null : typed.replaceAll("[\\s.\\u00A0]", "");
	}

	static Problem checkSiren(String value) {
		if (value == null || value.isEmpty()) {
			return Problem.SIREN_EMPTY;
		}
		if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Problem.SIREN_NOT_DIGITS;
		}
		if (value.length() != 9) {
			return Problem.SIREN_LENGTH;
		}
		return luhn(value) ? null : Problem.SIREN_CHECKSUM;
	}

	static Problem checkSiret(String value) {
		if (value == null || value.isEmpty()) {
			return Problem.SIRET_EMPTY;
		}
		if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Problem.SIRET_NOT_DIGITS;
		}
		if (value.length() != 14) {
			return Problem.SIRET_LENGTH;
		}
		// A SIRET starts with its company's SIREN, which has its own check digit.
		if (checkSiren(value.substring(0, 9)) != null) {
			return Problem.SIRET_CHECKSUM;
		}
		if (value.startsWith(LA_POSTE) && !value.equals(LA_POSTE_HEAD_OFFICE)) {
			return value.chars().map(c -> c - '0').sum() % 5 == 0 ? null : Problem.SIRET_CHECKSUM;
		}
		return luhn(value) ? null : Problem.SIRET_CHECKSUM;
	}

	/** Luhn: from the right, every second digit doubled (minus 9 above 9); the sum ends in 0. */
	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}
}
