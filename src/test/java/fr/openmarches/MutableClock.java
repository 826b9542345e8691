package fr.openmarches;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import fr.openmarches.platform.LegalTime;

/**
 * The platform's clock in tests: it follows real time until a test sets or advances it, so that
 * deadlines pass without sleeping. Tests that move it call {@link #reset()} afterwards (the
 * Spring context, and so this clock, is shared by the suite).
 */
public final class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return LegalTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Moves "now" to {@code instant}; time keeps flowing from there. */
	public void set(Instant instant) {
		offset = Duration.between(Instant.now(), instant);
	}

	public void reset() {
		offset = Duration.ZERO;
	}
}
