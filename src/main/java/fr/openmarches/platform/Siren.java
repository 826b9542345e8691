package fr.openmarches.platform;

/**
 * A company's national identifier in the Sirene register: 9 digits, the last a Luhn check digit.
 * Build it with {@link #parse}, which says what is wrong with a mistyped number.
 */
public record Siren(String value) {

	public Siren {
		var problem = FrenchIdentifiers.checkSiren(value);
		if (problem != null) {
			throw new InvalidIdentifierException(problem);
		}
	}

	/** Reads a SIREN as people type it: spaces and dots are ignored. */
	public static Siren parse(String typed) {
		return new Siren(FrenchIdentifiers.normalise(typed));
	}

	/** Groups of three digits, as printed on a Kbis extract. */
	public String formatted() {
		return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
	}

	@Override
	public String toString() {
		return value;
	}
}
