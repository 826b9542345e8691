package fr.openmarches.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the platform's probes of itself say about a time window ({@link Availability#statement}):
 * the window cut into periods of one status each (adjacent probes of the same status merged), and
 * each status's share of the window. A stretch no probe covers (the platform, or its probing, was
 * down) is {@link Status#UNKNOWN}: never counted as up.
 *
 * @param from the window's start
 * @param to the window's end (never later than when the statement was made)
 * @param periods the window, cut in order, without gaps nor overlaps
 * @param shares each status's total time and percentage of the window, in {@link Status} order
 * @param probes how many probes fell in the window
 */
public record AvailabilityStatement(Instant from, Instant to, List<Period> periods, List<Share> shares, int probes) {

	public AvailabilityStatement {
		periods = List.copyOf(periods);
		shares = List.copyOf(shares);
	}

	/** How a probe found the platform. */
	public enum Status {
		/** Every check passed in time. */
		UP,
		/** Every check passed, one slower than the threshold. */
		DEGRADED,
		/** A check failed. */
		DOWN,
		/** No probe was recorded. */
		UNKNOWN
	}

	/** A stretch of one status: {@code [start, end)}. */
	public record Period(Status status, Instant start, Instant end) {

		public Duration duration() {
			return Duration.between(start, end);
		}
	}

	/** A status's total time in the window, and its percentage (two decimals). */
	public record Share(Status status, Duration duration, double percent) {
	}

	/** The window's length. */
	public Duration duration() {
		return Duration.between(from, to);
	}

	/** The share of one status. */
	public Share share(Status status) {
		return shares.stream().filter(s -> s.status() == status).findFirst().orElseThrow();
	}

	/** The worst status seen in the window (UNKNOWN counted worst), UP for an empty window. */
	public Status worst() {
		return periods.stream().map(Period::status).max(Enum::compareTo).orElse(Status.UP);
	}
}
