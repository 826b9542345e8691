package fr.openmarches.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed attempts per {@link ThrottleSubject} in PostgreSQL (every instance sees the same
 * counts) and tells whether a subject is blocked.
 */
@Component
@Transactional
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final Throttles throttles;

	private final IdentityProperties.Throttling settings;

	private final Clock clock;

	SignInThrottle(Throttles throttles, IdentityProperties properties, Clock clock) {
		this.throttles = throttles;
		this.settings = properties.throttle();
		this.clock = clock;
	}

	/** The latest end of a block in force for any of the subjects, if one is blocked. */
	@Transactional(readOnly = true)
	Optional<Instant> blockedUntil(ThrottleSubject... subjects) {
		var now = clock.instant();
		return throttles.findBySubjectIn(keys(subjects))
			.stream()
			.flatMap(throttle -> throttle.blockedAt(now).stream())
			.max(Comparator.naturalOrder());
	}

	/** Counts a failure for each subject; returns the latest end of a block now in force, if any. */
	Optional<Instant> recordFailure(ThrottleSubject... subjects) {
		// PostgreSQL keeps microseconds: the block told is then exactly the block stored.
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Optional<Instant> latest = Optional.empty();
		// Always the same order (email, address, second factor), so that two transactions never wait
		// for each other's rows.
		var ordered = Arrays.stream(subjects).sorted(Comparator.comparing(ThrottleSubject::kind)).toList();
		for (var subject : ordered) {
			throttles.insertIfAbsent(subject.key(), now);
			var throttle = throttles.lock(subject.key()).orElseThrow();
			var wasBlocked = throttle.blockedAt(now).isPresent();
			var block = throttle.fail(now, policyFor(subject.kind()));
			if (block.isPresent() && !wasBlocked) {
				// The key is a hash: the log tells operators of an attack without naming anyone.
				log.warn("Too many failures: {} {} blocked until {}", subject.kind(), subject.key(), block.get());
			}
			if (block.isPresent() && (latest.isEmpty() || block.get().isAfter(latest.get()))) {
				latest = block;
			}
		}
		return latest;
	}

	/** Forgets the subject's failures and blocks (after a success, or a new password). */
	void clear(ThrottleSubject subject) {
		throttles.deleteById(subject.key());
	}

	/** Rows nobody touched for longer than any block and its memory tell nothing any more. */
	@Scheduled(cron = "0 17 * * * *")
	void forgetOldFailures() {
		var age = settings.longestBlock().plus(settings.blockMemory()).plus(settings.window());
		throttles.deleteUpdatedBefore(clock.instant().minus(age));
	}

	ThrottlePolicy policyFor(ThrottleSubject.Kind kind) {
		return switch (kind) {
			case EMAIL -> settings.policy(settings.failuresPerEmail());
			case ADDRESS -> settings.policy(settings.failuresPerAddress());
			case SECOND_FACTOR -> settings.policy(settings.failuresPerSecondFactor());
		};
	}

	private static List<String> keys(ThrottleSubject... subjects) {
		return Arrays.stream(subjects).map(ThrottleSubject::key).toList();
	}
}
