package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failure counts in PostgreSQL, as every instance sees them. */
@IntegrationTest
class SignInThrottleTest {

	@Autowired
	SignInThrottle throttle;

	@Autowired
	Throttles throttles;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void blocksASubjectAndTellsUntilWhenForAnyListedWithIt() {
		var email = ThrottleSubject.email(System.nanoTime() + "@example.fr");
		var address = ThrottleSubject.address("192.0.2." + (System.nanoTime() % 250));
		for (int failure = 1; failure < 5; failure++) {
			assertThat(throttle.recordFailure(email, address)).isEmpty();
		}

		var until = throttle.recordFailure(email, address);

		assertThat(until).isPresent();
		assertThat(throttle.blockedUntil(email)).isEqualTo(until);
		assertThat(throttle.blockedUntil(address)).as("an address tolerates 50 failures").isEmpty();
		assertThat(throttle.blockedUntil(ThrottleSubject.email("someone-else@example.fr"), address)).isEmpty();
		assertThat(throttle.blockedUntil(ThrottleSubject.email("someone-else@example.fr"), email)).isEqualTo(until);
	}

	@Test
	void forgetsASubjectCleared() {
		var email = ThrottleSubject.email(System.nanoTime() + "@example.fr");
		for (int failure = 1; failure <= 5; failure++) {
			throttle.recordFailure(email);
		}

		throttle.clear(email);

		assertThat(throttle.blockedUntil(email)).isEmpty();
		assertThat(throttles.findById(email.key())).isEmpty();
	}

	@Test
	void forgetsFailuresNobodyTouchedForADayAndMore() {
		var old = ThrottleSubject.email(System.nanoTime() + "-old@example.fr");
		throttle.recordFailure(old);
		clock.advance(Duration.ofHours(30));
		var recent = ThrottleSubject.email(System.nanoTime() + "-recent@example.fr");
		throttle.recordFailure(recent);

		throttle.forgetOldFailures();

		assertThat(throttles.findById(old.key())).isEmpty();
		assertThat(throttles.findById(recent.key())).isPresent();
	}
}
