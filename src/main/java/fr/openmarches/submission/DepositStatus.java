package fr.openmarches.submission;

/** Where a deposit stands among its company's deposits for the same consultation. */
public enum DepositStatus {

	/** Received before the deadline and not replaced since: the one that counts (retenu). */
	CURRENT,

	/** Received before the deadline, then replaced by a later one of the same company: kept, not examined. */
	SUPERSEDED,

	/**
	 * Completed after the deadline: kept and marked late, never dropped, and never replacing the
	 * deposit made in time (Code de la commande publique, R2151-5: a late bid is not examined).
	 */
	LATE
}
