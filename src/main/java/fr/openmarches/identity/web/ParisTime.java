package fr.openmarches.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.openmarches.platform.LegalTime;

/**
 * A moment as people read it on the page: Paris wall-clock time, written the way of the page's
 * language ("10 h 15" in French, "10:15" in English), with the date when it is not today.
 */
record ParisTime(String time, String date, boolean today) {

	private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H' h 'mm");

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static ParisTime of(Instant instant, Locale locale, Clock clock) {
		var local = instant.atZone(LegalTime.ZONE);
		var time = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH_TIME : ENGLISH_TIME;
		return new ParisTime(local.format(time), local.format(DATE),
				local.toLocalDate().equals(LocalDate.now(clock.withZone(LegalTime.ZONE))));
	}

	/** The message to use: {@code key} when today, {@code key + "OtherDay"} otherwise. */
	String keyFor(String key) {
		return today ? key : key + "OtherDay";
	}

	Object[] arguments() {
		return new Object[] { time, date };
	}
}
