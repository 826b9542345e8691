package fr.openmarches.consultation.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.openmarches.platform.LegalTime;

/**
 * Deadlines as people read them: the Europe/Paris wall-clock date and time, whatever the zone of
 * the server or of the reader (the law sets deadlines in French legal time).
 */
final class DeadlineFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private DeadlineFormat() {
	}

	/** « vendredi 4 décembre 2026 », « Friday 4 December 2026 ». */
	static String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(instant.atZone(LegalTime.ZONE));
	}

	/** « 4 déc. 2026 », « 4 Dec 2026 »: for tight places. */
	static String shortDate(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(instant.atZone(LegalTime.ZONE));
	}

	/** « 12:00 », on the 24-hour clock. */
	static String time(Instant instant) {
		return TIME.format(instant.atZone(LegalTime.ZONE));
	}

	/** The ISO 8601 form with the Paris offset, for {@code <time datetime>}. */
	static String machine(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(LegalTime.ZONE).toOffsetDateTime());
	}
}
