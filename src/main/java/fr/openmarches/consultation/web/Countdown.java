package fr.openmarches.consultation.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How soon a deadline falls, as lists say it: « clôture dans 2 jours », « dans 5 heures »,
 * « dans 12 minutes », or « clôturée ». Whole units, rounded down, so the count never promises
 * more time than is left.
 *
 * @param soon whether the deadline is close enough to be flagged as urgent
 */
record Countdown(Unit unit, long amount, boolean soon) {

	static Countdown until(Instant deadline, Instant now, Duration soonThreshold) {
		var left = Duration.between(now, deadline);
		if (left.isNegative() || left.isZero()) {
			return new Countdown(Unit.PASSED, 0, false);
		}
		boolean soon = left.compareTo(soonThreshold) < 0;
		if (left.toDays() >= 1) {
			return new Countdown(Unit.DAYS, left.toDays(), soon);
		}
		if (left.toHours() >= 1) {
			return new Countdown(Unit.HOURS, left.toHours(), soon);
		}
		return new Countdown(Unit.MINUTES, Math.max(1, left.toMinutes()), soon);
	}

	boolean passed() {
		return unit == Unit.PASSED;
	}

	/** The message saying it, with {@link #amount} as its argument. */
	String messageKey() {
		return "consultation.countdown." + unit.name().toLowerCase(Locale.ROOT);
	}

	enum Unit {
		PASSED, MINUTES, HOURS, DAYS
	}
}
