package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;

import fr.openmarches.consultation.ConsultationId;

/**
 * The platform's availability over the hours before a deposit deadline, for the opening report
 * (the proof that bidders could deposit). Declared here and implemented by the evidence module,
 * which probes the platform, records the statement in its log and already depends on this one.
 */
public interface DeadlineAvailability {

	/**
	 * The statement of the window before {@code deadline}: the one recorded in the evidence log for
	 * this consultation and deadline (recorded at first call once the deadline has settled), or, in
	 * the first minutes after the deadline, what the probes say so far, not recorded.
	 */
	Statement before(ConsultationId consultation, Instant deadline);

	/**
	 * The window cut in periods of one status each, in order, and the evidence log's entry holding it.
	 *
	 * @param evidenceSequence the entry's place in the evidence log; 0 when not recorded yet
	 * @param entrySha256 the entry's hash, hex; null when not recorded yet
	 * @param statementSha256 SHA-256 of the statement's canonical JSON (the entry's payload), hex; null when not recorded yet
	 */
	record Statement(List<Period> periods, long evidenceSequence, String entrySha256, String statementSha256) {

		public Statement {
			periods = List.copyOf(periods);
		}

		public boolean recorded() {
			return evidenceSequence > 0;
		}
	}

	/**
	 * A stretch of one status: {@code [start, end)}.
	 *
	 * @param status {@code UP}, {@code DEGRADED}, {@code DOWN} or {@code UNKNOWN} (no probe recorded)
	 */
	record Period(String status, Instant start, Instant end) {
	}
}
