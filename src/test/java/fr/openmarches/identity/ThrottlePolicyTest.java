package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When failures lead to a block, with the default policy: 5 failures in 15 minutes, blocks of 15 minutes. */
class ThrottlePolicyTest {

	static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

	static final ThrottlePolicy POLICY = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
			Duration.ofHours(4), Duration.ofHours(24));

	@ParameterizedTest(name = "failures at minutes [{0}] → blocked until minute {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# failures at minute…    | blocked until minute (- when not blocked) after the last one
			0                        | -
			0 1 2 3                  | -
			0 1 2 3 4                | 19
			0 0 0 0 0                | 15
			0 14 14 14 14            | 29
			0 5 10 14 15             | -
			0 5 10 15 20             | -
			0 1 2 3 4 10             | 19
			0 1 2 3 4 18 19 20 21 22 | -
			0 1 2 3 4 19 20 21 22 23 | 53
			""")
	void blocksAfterFiveFailuresWithinFifteenMinutes(String failureMinutes, String blockedUntilMinute) {
		var throttle = new Throttle("email:test", START);
		Optional<Instant> last = Optional.empty();
		for (var minute : Arrays.stream(failureMinutes.split(" ")).mapToLong(Long::parseLong).toArray()) {
			last = throttle.fail(START.plus(Duration.ofMinutes(minute)), POLICY);
		}

		var expected = "-".equals(blockedUntilMinute) ? Optional.<Instant>empty()
				: Optional.of(START.plus(Duration.ofMinutes(Long.parseLong(blockedUntilMinute))));
		assertThat(last).isEqualTo(expected);
	}

	@Test
	void refusesDuringTheBlockOnly() {
		var throttle = blockedAt(START);

		assertThat(throttle.blockedAt(START.plus(Duration.ofMinutes(14)))).hasValue(START.plus(Duration.ofMinutes(15)));
		assertThat(throttle.blockedAt(START.plus(Duration.ofMinutes(15)))).isEmpty();
	}

	@Test
	void doublesRepeatedBlocksUpToFourHours() {
		var throttle = new Throttle("email:test", START);
		var now = START;
		var blocks = new Duration[7];
		for (int block = 0; block < blocks.length; block++) {
			Optional<Instant> until = Optional.empty();
			for (int failure = 0; failure < 5; failure++) {
				until = throttle.fail(now, POLICY);
			}
			blocks[block] = Duration.between(now, until.orElseThrow());
			now = until.get().plusSeconds(1);
		}

		assertThat(blocks).extracting(Duration::toMinutes).containsExactly(15L, 30L, 60L, 120L, 240L, 240L, 240L);
	}

	@Test
	void forgetsEarlierBlocksADayAfterTheLastOneEnded() {
		var throttle = blockedAt(START);
		var nextDay = START.plus(Duration.ofMinutes(15)).plus(Duration.ofHours(24)).plusSeconds(1);

		Optional<Instant> until = Optional.empty();
		for (int failure = 0; failure < 5; failure++) {
			until = throttle.fail(nextDay, POLICY);
		}

		assertThat(until).hasValue(nextDay.plus(Duration.ofMinutes(15)));
	}

	@Test
	void startsCountingAgainWhenTheClockWentBack() {
		var throttle = new Throttle("email:test", START);
		for (int failure = 0; failure < 4; failure++) {
			throttle.fail(START, POLICY);
		}

		assertThat(throttle.fail(START.minus(Duration.ofHours(1)), POLICY)).isEmpty();
		assertThat(throttle.failures()).isEqualTo(1);
	}

	@Test
	void blockLengthsDoubleFromTheFirst() {
		assertThat(POLICY.blockAfter(0)).isEqualTo(Duration.ofMinutes(15));
		assertThat(POLICY.blockAfter(1)).isEqualTo(Duration.ofMinutes(30));
		assertThat(POLICY.blockAfter(4)).isEqualTo(Duration.ofHours(4));
		assertThat(POLICY.blockAfter(1000)).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void countsIpv6AddressesByTheirNetwork() {
		assertThat(ThrottleSubject.address("2001:db8:1:2:aaaa::1"))
			.isEqualTo(ThrottleSubject.address("2001:db8:1:2:bbbb::2"))
			.isNotEqualTo(ThrottleSubject.address("2001:db8:1:3::1"));
		assertThat(ThrottleSubject.address("203.0.113.7")).isNotEqualTo(ThrottleSubject.address("203.0.113.8"));
		assertThat(ThrottleSubject.email("Agent@Example.fr")).isEqualTo(ThrottleSubject.email("agent@example.fr "));
		assertThat(ThrottleSubject.email("agent@example.fr").key()).doesNotContain("agent");
	}

	private static Throttle blockedAt(Instant now) {
		var throttle = new Throttle("email:test", now);
		for (int failure = 0; failure < 5; failure++) {
			throttle.fail(now, POLICY);
		}
		return throttle;
	}
}
