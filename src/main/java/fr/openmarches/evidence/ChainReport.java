package fr.openmarches.evidence;

import java.util.Optional;

/**
 * What {@link EvidenceLog#verify()} found.
 *
 * @param entriesChecked entries that hold, from the first
 * @param lastSequence the sequence of the last entry the log claims to hold
 * @param firstBreak the first link that does not hold, if any
 */
public record ChainReport(long entriesChecked, long lastSequence, Optional<Break> firstBreak) {

	/** Every entry holds, from the first to the last. */
	public boolean intact() {
		return firstBreak.isEmpty();
	}

	/**
	 * A link of the chain that does not hold.
	 *
	 * @param sequence the entry where it breaks
	 * @param problem how it breaks
	 * @param detail a sentence for the operator
	 */
	public record Break(long sequence, Problem problem, String detail) {
	}

	/** How a link can break. */
	public enum Problem {
		/** The entry with this sequence is absent (deleted), or entries at the end are. */
		MISSING,
		/** The entry does not follow the one before: inserted, reordered, or its predecessor altered. */
		NOT_LINKED,
		/** A field of the entry changed since it was chained: its hash no longer matches. */
		ALTERED,
		/** The timestamp token does not verify (signature, certificate, trust). */
		TOKEN_INVALID,
		/** The timestamp token stamps another hash than the entry's payload hash. */
		TOKEN_FOR_OTHER_PAYLOAD
	}
}
