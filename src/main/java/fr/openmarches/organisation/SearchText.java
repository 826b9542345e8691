package fr.openmarches.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * Words typed in a search box, matched regardless of case, accents and the kind of apostrophe:
 * « armees » finds « Armées », « l'etat » finds « l’État ». The database side applies the same
 * character table with SQL {@code translate} (no extension needed), so both sides agree.
 */
final class SearchText {

	private static final String ACCENTED = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŒÆàáâãäåçèéêëìíîïñòóôõöùúûüýÿœæ’‘";

	private static final String PLAIN = "AAAAAACEEEEIIIINOOOOOUUUUYœæaaaaaaceeeeiiiinooooouuuuyyœæ''";

	private SearchText() {
	}

	/** The words of {@code typed}, normalised; none when nothing was typed. */
	static List<String> words(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return Arrays.stream(normalise(typed).split("\\s+")).filter(word -> !word.isEmpty()).toList();
	}

	static String normalise(String text) {
		var plain = new StringBuilder(text.length());
		for (var c : text.strip().toCharArray()) {
			var at = ACCENTED.indexOf(c);
			plain.append(at < 0 ? c : PLAIN.charAt(at));
		}
		return plain.toString().toLowerCase(Locale.ROOT);
	}

	/** Whether the column contains {@code word} (already {@link #normalise normalised}). */
	static Predicate contains(CriteriaBuilder builder, Expression<String> column, String word) {
		var plain = builder.lower(builder.function("translate", String.class, column, builder.literal(ACCENTED),
				builder.literal(PLAIN)));
		return builder.like(plain, "%" + escapeLike(word) + "%", '\\');
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
