package fr.openmarches.consultation;

/**
 * Whether a consultation has its opening key, the public key suppliers seal their bids for. The
 * {@code opening} module makes the key (the commission's ceremony) and implements this; the
 * consultation only asks, so that it needs nothing of that module ({@link Requirement#OPENING_KEY}).
 */
public interface OpeningKeyCheck {

	/**
	 * Whether {@code consultation} has its opening key. Called inside the transaction that publishes:
	 * an implementation should hold the key steady until that transaction ends, so that a ceremony
	 * running at the same moment cannot replace the key of a consultation being published.
	 */
	boolean hasOpeningKey(ConsultationId consultation);
}
