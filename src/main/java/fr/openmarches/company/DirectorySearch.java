package fr.openmarches.company;

/**
 * A search of the directory of economic operators; every criterion is optional.
 *
 * @param name words of the company's name (accents and case ignored), or its SIREN
 * @param cpv a CPV code: companies whose activities are this code or lie below it
 * @param region companies working in this region
 * @param sme only SMEs (true) or only the others (false)
 */
public record DirectorySearch(String name, String cpv, Region region, Boolean sme) {

	public static DirectorySearch everything() {
		return new DirectorySearch(null, null, null, null);
	}

	DirectorySearch withoutRegion() {
		return new DirectorySearch(name, cpv, null, sme);
	}

	DirectorySearch withoutSme() {
		return new DirectorySearch(name, cpv, region, null);
	}
}
