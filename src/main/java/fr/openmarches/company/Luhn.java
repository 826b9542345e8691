package fr.openmarches.company;

/** The Luhn checksum that SIREN and SIRET numbers carry in their last digit. */
final class Luhn {

	private Luhn() {
	}

	static boolean isValid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}
}
