package fr.openmarches.cpv;

import java.util.Locale;

/**
 * One code of the vocabulary, e.g. {@code 45233140} « Travaux routiers ».
 *
 * @param code eight digits, as eForms writes them (without the legacy check digit)
 * @param parent the code one level up, or null for a division
 */
public record CpvCode(String code, String parent, String french, String english) {

	/** The label in {@code locale}'s language: English for English, French otherwise. */
	public String label(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : french;
	}

	/** « 45233140 — Travaux routiers ». */
	public String display(Locale locale) {
		return code + " — " + label(locale);
	}
}
