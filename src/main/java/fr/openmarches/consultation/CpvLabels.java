package fr.openmarches.consultation;

import java.util.function.Function;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;

/**
 * Stored CPV codes (eight digits) with their labels. Codes are checked against the vocabulary when
 * written; should the vocabulary ever lose one, it still shows, without a label.
 */
final class CpvLabels {

	private CpvLabels() {
	}

	static Function<String, CpvCode> of(CpvCatalogue catalogue) {
		return code -> catalogue.find(code).orElseGet(() -> new CpvCode(code, null, null, null));
	}
}
