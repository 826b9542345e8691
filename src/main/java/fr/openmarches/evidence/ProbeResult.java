package fr.openmarches.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.openmarches.evidence.AvailabilityStatement.Status;

/**
 * One probe of the platform by itself ({@link Availability}): when, its status, and each check.
 *
 * @param probedAt when the probe started
 * @param status UP, DEGRADED or DOWN (never UNKNOWN: that is a probe missing)
 * @param checks each check, in the order run
 */
public record ProbeResult(Instant probedAt, Status status, List<CheckResult> checks) {

	public ProbeResult {
		checks = List.copyOf(checks);
	}

	/** A check's outcome: {@code error} says why it failed. */
	public record CheckResult(String name, boolean ok, Duration duration, String error) {

		/** Its duration in milliseconds, as recorded. */
		public long millis() {
			return duration.toMillis();
		}
	}
}
