package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;

/**
 * The platform's availability over the hours before a deposit deadline, for the opening report
 * (the proof that bidders could deposit). Declared here and implemented by the evidence module,
 * which probes the platform and already depends on this one.
 */
public interface DeadlineAvailability {

	/** The window before {@code deadline}, cut in periods of one status each, in order. */
	List<Period> before(Instant deadline);

	/**
	 * A stretch of one status: {@code [start, end)}.
	 *
	 * @param status {@code UP}, {@code DEGRADED}, {@code DOWN} or {@code UNKNOWN} (no probe recorded)
	 */
	record Period(String status, Instant start, Instant end) {
	}
}
