package fr.openmarches.company.web;

import java.util.Locale;

import fr.openmarches.cpv.CpvCatalogue;

/** Labels of CPV codes in the page's language, for templates: {@code ${cpvLabels.of(code)}}. */
record CpvLabels(CpvCatalogue catalogue, Locale locale) {

	static CpvLabels of(CpvCatalogue catalogue, Locale locale) {
		return new CpvLabels(catalogue, locale);
	}

	/** « 72212000 — Services de programmation de logiciels d’application », or the code alone. */
	public String of(String code) {
		return catalogue.find(code).map(found -> found.display(locale)).orElse(code);
	}

	public String label(String code) {
		return catalogue.find(code).map(found -> found.label(locale)).orElse(code);
	}
}
