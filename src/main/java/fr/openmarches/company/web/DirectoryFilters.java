package fr.openmarches.company.web;

import fr.openmarches.company.DirectorySearch;
import fr.openmarches.company.Region;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;

/**
 * The query string of the directory of economic operators.
 *
 * @param cpv the code as typed or picked (« 72000000 — Services de technologies… »)
 * @param sme {@code oui} / {@code non}, or empty for both
 */
record DirectoryFilters(String q, String cpv, Region region, String sme, Integer page) {

	/** The search; a CPV code that is not one filters nothing (the page says so). */
	DirectorySearch search(CpvCatalogue catalogue) {
		return new DirectorySearch(blankToNull(q), cpvCode(catalogue), region, smeFlag());
	}

	String cpvCode(CpvCatalogue catalogue) {
		return blankToNull(cpv) == null ? null : catalogue.find(cpv).map(CpvCode::code).orElse(null);
	}

	boolean unknownCpv(CpvCatalogue catalogue) {
		return blankToNull(cpv) != null && catalogue.find(cpv).isEmpty();
	}

	Boolean smeFlag() {
		return "oui".equals(sme) ? Boolean.TRUE : "non".equals(sme) ? Boolean.FALSE : null;
	}

	int pageIndex() {
		return page == null || page < 1 ? 0 : page - 1;
	}

	public boolean filtered() {
		return blankToNull(q) != null || blankToNull(cpv) != null || region != null || smeFlag() != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
