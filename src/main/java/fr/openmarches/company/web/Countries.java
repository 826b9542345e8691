package fr.openmarches.company.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The countries a company may be established in, besides France, named in the page's language. */
final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	record Country(String code, String name) {
	}

	static List<Country> abroad(Locale locale) {
		var collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.filter(code -> !code.equals("FR"))
			.map(code -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	static boolean isAbroad(String code) {
		return code != null && CODES.contains(code) && !code.equals("FR");
	}

	static String name(String code, Locale locale) {
		return Locale.of("", code).getDisplayCountry(locale);
	}
}
