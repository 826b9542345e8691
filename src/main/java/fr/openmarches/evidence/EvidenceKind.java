package fr.openmarches.evidence;

/**
 * What an entry of the evidence log records; its subject id says which thing it is about. Except
 * for {@link #DEPOSIT_RECEIVED} and {@link #DEPOSIT_TIMESTAMPED}, entries carry a statement (canonical JSON, docs/evidence.md) whose
 * SHA-256 is their payload hash, and no timestamp token of their own: the day's head covers them.
 */
public enum EvidenceKind {

	/**
	 * Every byte of a deposit (pli) was stored: the subject is the deposit, the payload its
	 * manifest (files, sizes, hashes, envelope, consultation, lot, company, depositor), timestamped
	 * on its own so that the receipt can show the time at once. When the timestamp authority was
	 * down, the entry has no token (its timestamp is pending; the day's head covers it meanwhile)
	 * and a {@link #DEPOSIT_TIMESTAMPED} entry follows once the authority is back.
	 */
	DEPOSIT_RECEIVED,

	/**
	 * The timestamp of a deposit received while the authority was down: the subject is the deposit,
	 * the payload the same manifest hash, and the entry's token is the timestamp obtained later.
	 */
	DEPOSIT_TIMESTAMPED,

	/**
	 * The opening key ceremony was recorded (again, while a draft): the key's fingerprint, quorum and
	 * number of members; the subject is UUIDv3 of the consultation and the fingerprint.
	 */
	COMMISSION_KEY_RECORDED,

	/** A consultation became public; the subject is the consultation. */
	CONSULTATION_PUBLISHED,

	/** The buyer published a change (addendum) to the consultation's documents; the subject is that change. */
	CONSULTATION_CHANGED,

	/** The deposit deadline passed; the subject is the consultation. */
	CONSULTATION_CLOSED,

	/** The commission opened the bids; the subject is the consultation. */
	CONSULTATION_OPENED,

	/** The contract was awarded; the subject is the consultation. */
	CONSULTATION_AWARDED,

	/** The consultation was declared unsuccessful (infructueuse); the subject is the consultation. */
	CONSULTATION_UNSUCCESSFUL,

	/** The consultation was cancelled; the subject is the consultation. */
	CONSULTATION_CANCELLED,

	/** Someone took the consultation's documents (DCE); the subject is the download. */
	DCE_DOWNLOADED,

	/** A supplier asked a question; the subject is the question. */
	QUESTION_ASKED,

	/** The buyer published the answer to a question; the subject is the question. */
	ANSWER_PUBLISHED,

	/**
	 * The buyer extended a consultation's deposit deadline after an outage in its last hour; the
	 * subject is the decision (its row in {@code evidence.deadline_extension}); the statement holds
	 * the rule's facts and the decision, the reason as its hash.
	 */
	DEADLINE_EXTENDED,

	/**
	 * The platform's availability statement for a consultation's deposit deadline was recorded, once
	 * the deadline settled (every probe of the window in): the subject is UUIDv3 of the
	 * consultation and the deadline; the statement is the availability statement itself (window,
	 * periods, shares), the one the opening report attaches and cites.
	 */
	AVAILABILITY_STATED
}
