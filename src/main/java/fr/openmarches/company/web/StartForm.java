package fr.openmarches.company.web;

/**
 * The first step: the company's number (France) or its country and national identifier (abroad).
 *
 * @param number a SIRET or a SIREN, as typed
 */
record StartForm(String number, String country, String nationalId) {

	static StartForm empty() {
		return new StartForm(null, null, null);
	}

	boolean abroad() {
		return number == null && (country != null || nationalId != null);
	}
}
