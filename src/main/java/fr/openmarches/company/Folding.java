package fr.openmarches.company;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the directory compares it: lower case, without accents. */
final class Folding {

	private Folding() {
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}
}
