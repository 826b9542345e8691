package fr.openmarches.dume;

import java.util.List;
import java.util.Locale;

/**
 * One criterion of the ESPD-EDM 4.1.0 criterion list, as the official structure
 * ({@code ESPD-criterion.xml}) defines it.
 *
 * @param code the code of the criterion list ({@code crime-org}, {@code gen-year-to}…)
 * @param mandatory an exclusion ground every request holds (the « conviction » and
 *        « contributions » grounds of the list, article 57(1) and (2) of directive 2014/24/EU)
 * @param requirements what the buyer may state, where it is simple (amounts, numbers, texts)
 * @param indicatorQuestion the property id of the criterion's first yes/no question, or null
 * @param amountQuestion the property id of its first amount question, or null
 * @param textQuestion the property id of its first free-text question, or null
 */
public record EspdCriterion(String code, Kind kind, boolean mandatory, String nameFr, String nameEn,
		String description, List<Requirement> requirements, String indicatorQuestion, String amountQuestion,
		String textQuestion) {

	/** Where the criterion list puts the criterion. */
	public enum Kind {
		/** An exclusion ground (motif d'exclusion). */
		EXCLUSION,
		/** A selection criterion (critère de sélection): suitability, standing, ability. */
		SELECTION,
		/** Another statement of the economic operator (SME, group, reliance on others…). */
		OTHER
	}

	/** What a requirement's value is. */
	public enum ValueKind {
		AMOUNT, NUMBER, TEXT
	}

	/** A requirement the buyer may give a value, by its ESPD property id. */
	public record Requirement(String propertyId, String description, ValueKind kind) {
	}

	/** The criterion's name in French where the list has one, else in English. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) || nameFr == null || nameFr.isBlank() ? nameEn : nameFr;
	}

	public boolean asksIndicator() {
		return indicatorQuestion != null;
	}

	public boolean asksAmount() {
		return amountQuestion != null;
	}

	public boolean asksText() {
		return textQuestion != null;
	}
}
