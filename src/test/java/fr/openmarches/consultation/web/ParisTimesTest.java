package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

/** Deadlines entered as Paris wall-clock times, whatever the server's zone. */
class ParisTimesTest {

	@Test
	void winterAndSummerTimesAreParisTimes() {
		assertThat(ParisTimes.parse("2026-12-04T12:00")).isEqualTo(Instant.parse("2026-12-04T11:00:00Z"));
		assertThat(ParisTimes.parse("2027-07-01T12:00")).isEqualTo(Instant.parse("2027-07-01T10:00:00Z"));
		assertThat(ParisTimes.typed(Instant.parse("2026-12-04T11:00:59Z"))).isEqualTo("2026-12-04T12:00");
	}

	@Test
	void theClockChangesAreHandledWithoutSurprise() {
		// 28 March 2027, 02:30 does not exist in Paris: the time moves past the gap
		assertThat(ParisTimes.parse("2027-03-28T02:30")).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
		// 31 October 2027, 02:30 happens twice: the first one is meant
		assertThat(ParisTimes.parse("2027-10-31T02:30")).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
	}

	@Test
	void nothingTypedIsNoDateAndNonsenseIsRefused() {
		assertThat(ParisTimes.parse(" ")).isNull();
		assertThat(ParisTimes.typed(null)).isEmpty();
		assertThatThrownBy(() -> ParisTimes.parse("04/12/2026 12:00")).isInstanceOf(DateTimeParseException.class);
	}
}
