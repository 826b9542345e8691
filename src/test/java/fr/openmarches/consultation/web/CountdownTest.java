package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import fr.openmarches.consultation.web.Countdown.Unit;
import org.junit.jupiter.api.Test;

/** « clôture dans 2 jours »: whole units, rounded down, flagged when closer than the threshold. */
class CountdownTest {

	static final Instant DEADLINE = Instant.parse("2026-12-04T11:00:00Z");

	static final Duration SOON = Duration.ofDays(3);

	@Test
	void daysAreCountedWhole() {
		var countdown = Countdown.until(DEADLINE, DEADLINE.minus(Duration.ofHours(59)), SOON);
		assertThat(countdown).isEqualTo(new Countdown(Unit.DAYS, 2, true));
		assertThat(countdown.messageKey()).isEqualTo("consultation.countdown.days");
	}

	@Test
	void aDeadlineBeyondTheThresholdIsNotFlagged() {
		assertThat(Countdown.until(DEADLINE, DEADLINE.minus(Duration.ofDays(12)), SOON))
			.isEqualTo(new Countdown(Unit.DAYS, 12, false));
		assertThat(Countdown.until(DEADLINE, DEADLINE.minus(SOON), SOON).soon()).isFalse();
	}

	@Test
	void theLastDayCountsHoursThenMinutes() {
		assertThat(Countdown.until(DEADLINE, DEADLINE.minus(Duration.ofMinutes(23 * 60 + 59)), SOON))
			.isEqualTo(new Countdown(Unit.HOURS, 23, true));
		assertThat(Countdown.until(DEADLINE, DEADLINE.minus(Duration.ofMinutes(59)), SOON))
			.isEqualTo(new Countdown(Unit.MINUTES, 59, true));
		assertThat(Countdown.until(DEADLINE, DEADLINE.minusSeconds(20), SOON))
			.isEqualTo(new Countdown(Unit.MINUTES, 1, true));
	}

	@Test
	void atAndAfterTheDeadlineItIsClosed() {
		assertThat(Countdown.until(DEADLINE, DEADLINE, SOON).passed()).isTrue();
		var after = Countdown.until(DEADLINE, DEADLINE.plusSeconds(1), SOON);
		assertThat(after.passed()).isTrue();
		assertThat(after.soon()).isFalse();
		assertThat(after.messageKey()).isEqualTo("consultation.countdown.passed");
	}
}
