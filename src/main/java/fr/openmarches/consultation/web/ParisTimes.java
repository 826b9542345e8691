package fr.openmarches.consultation.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import fr.openmarches.platform.LegalTime;

/**
 * Deadlines as buyers enter them: a Paris wall-clock date and time, as {@code <input
 * type="datetime-local">} sends it (« 2026-12-04T12:00 »). When a clock change makes an hour
 * happen twice, the first is meant; when it skips an hour, the time moves past the gap.
 */
final class ParisTimes {

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private ParisTimes() {
	}

	/**
	 * The instant typed; {@code null} when nothing was typed.
	 * @throws DateTimeParseException when the text is not a date and time
	 */
	static Instant parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return LocalDateTime.parse(typed.strip()).atZone(LegalTime.ZONE).toInstant();
	}

	/** The value of the input for {@code instant}, to the minute. */
	static String typed(Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(LegalTime.ZONE).truncatedTo(ChronoUnit.MINUTES));
	}
}
