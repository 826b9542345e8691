package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Deadlines read in Europe/Paris time, whatever the JVM's zone (the build runs in UTC). */
class DeadlineFormatTest {

	@Test
	void winterDeadlinesAreOneHourAheadOfUtc() {
		var deadline = Instant.parse("2026-12-04T11:00:00Z");
		assertThat(DeadlineFormat.date(deadline, Locale.FRENCH)).isEqualTo("vendredi 4 décembre 2026");
		assertThat(DeadlineFormat.date(deadline, Locale.ENGLISH)).isEqualTo("Friday 4 December 2026");
		assertThat(DeadlineFormat.time(deadline)).isEqualTo("12:00");
		assertThat(DeadlineFormat.machine(deadline)).isEqualTo("2026-12-04T12:00:00+01:00");
	}

	@Test
	void summerDeadlinesAreTwoHoursAheadOfUtc() {
		var deadline = Instant.parse("2026-07-01T10:00:00Z");
		assertThat(DeadlineFormat.time(deadline)).isEqualTo("12:00");
		assertThat(DeadlineFormat.machine(deadline)).isEqualTo("2026-07-01T12:00:00+02:00");
	}

	@Test
	void lateEveningInUtcIsAlreadyTheNextDayInParis() {
		var deadline = Instant.parse("2026-12-04T23:30:00Z");
		assertThat(DeadlineFormat.date(deadline, Locale.FRENCH)).isEqualTo("samedi 5 décembre 2026");
		assertThat(DeadlineFormat.time(deadline)).isEqualTo("00:30");
		assertThat(DeadlineFormat.shortDate(deadline, Locale.FRENCH)).isEqualTo("5 déc. 2026");
	}

	@Test
	void summerTimeStartsInTheNightOfTheLastSundayOfMarch() {
		// on 29 March 2026, Paris clocks jump from 02:00 to 03:00 at 01:00 UTC
		assertThat(DeadlineFormat.time(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("01:59");
		assertThat(DeadlineFormat.time(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("03:00");
	}
}
