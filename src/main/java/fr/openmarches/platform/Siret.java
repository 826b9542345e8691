package fr.openmarches.platform;

/**
 * An establishment's identifier: the company's {@link Siren} followed by a 5-digit NIC, 14 digits
 * checked by Luhn — except La Poste's establishments (SIREN 356000000), numbered too densely for
 * Luhn, whose digits must add up to a multiple of 5 (its head office, NIC 00048, follows Luhn).
 */
public record Siret(String value) {

	public Siret {
		var problem = FrenchIdentifiers.checkSiret(value);
		if (problem != null) {
			throw new InvalidIdentifierException(problem);
		}
	}

	/** Reads a SIRET as people type it: spaces and dots are ignored. */
	public static Siret parse(String typed) {
		return new Siret(FrenchIdentifiers.normalise(typed));
	}

	public Siren siren() {
		return new Siren(value.substring(0, 9));
	}

	/** The establishment's number within its company. */
	public String nic() {
		return value.substring(9);
	}

	/** {@code 356 000 000 00048}, as printed on documents. */
	public String formatted() {
		return siren().formatted() + " " + nic();
	}

	@Override
	public String toString() {
		return value;
	}
}
