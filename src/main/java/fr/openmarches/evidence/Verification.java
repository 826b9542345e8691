package fr.openmarches.evidence;

import java.util.List;

/**
 * What checking a deposit receipt against the evidence log found, step by step.
 *
 * @param verdict the conclusion
 * @param steps each check made, in order; the first that failed explains the verdict
 * @param entrySequence the deposit's entry, when found
 * @param head the timestamped daily head the chain was recomputed to, when there is one
 */
public record Verification(Verdict verdict, List<Step> steps, Long entrySequence, DailyHead head) {

	public Verification {
		steps = List.copyOf(steps);
	}

	/** The conclusion of a verification. */
	public enum Verdict {
		/** Every step passed: the deposit is in the chain, and a timestamped head covers it. */
		VERIFIED,
		/** Everything checked holds, but no daily head covers the entry yet (it is taken at midnight). */
		PENDING,
		/** A step failed: the receipt is not the platform's, or the log was altered. */
		FAILED
	}

	/** What a step checks. */
	public enum Check {
		/** The PDF's seal (PAdES) is intact and by the platform, and it carries the receipt's data. */
		RECEIPT_SEAL,
		/** The log holds an entry for this deposit with this manifest hash (and this sequence number). */
		ENTRY_FOUND,
		/** The entry's own RFC 3161 token is valid and stamps the manifest hash. */
		ENTRY_TIMESTAMP,
		/** Each link from the entry to the daily head recomputes (hash, sequence, statement). */
		CHAIN,
		/** The daily head's RFC 3161 token is valid (signature, trust) and its imprint is the head's hash. */
		HEAD_TIMESTAMP
	}

	/** How a step ended. */
	public enum Outcome {
		PASSED, FAILED, PENDING
	}

	/**
	 * One check made.
	 *
	 * @param check what was checked
	 * @param outcome how it ended
	 * @param detail a sentence in English saying what was found (the page translates from
	 * {@code check}, {@code outcome} and {@code arguments})
	 * @param arguments the values the sentence names (sequence numbers, hashes, times)
	 */
	public record Step(Check check, Outcome outcome, String detail, List<String> arguments) {

		public Step {
			arguments = List.copyOf(arguments);
		}
	}
}
