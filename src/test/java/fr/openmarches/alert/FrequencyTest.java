package fr.openmarches.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyTest {

	@ParameterizedTest(name = "{0} at {1} → next run {2}")
	@CsvSource(textBlock = """
			IMMEDIATE, 2026-11-23T10:00:00Z, 2026-11-23T10:01:00Z
			DAILY,     2026-11-23T05:59:00Z, 2026-11-23T06:00:00Z
			DAILY,     2026-11-23T06:00:00Z, 2026-11-24T06:00:00Z
			DAILY,     2026-11-23T21:00:00Z, 2026-11-24T06:00:00Z
			DAILY,     2026-03-28T10:00:00Z, 2026-03-29T05:00:00Z
			DAILY,     2026-10-24T10:00:00Z, 2026-10-25T06:00:00Z
			""")
	void dailyDigestsGoOutAtSevenParisTimeWhateverTheSeason(Frequency frequency, Instant now, Instant next) {
		assertThat(frequency.nextRunAfter(now, Duration.ofMinutes(1))).isEqualTo(next);
	}
}
