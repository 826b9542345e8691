package fr.openmarches.consultation;

import java.util.EnumSet;
import java.util.Set;

/** Where a consultation is in its life. The transitions are the methods of {@code Consultation}. */
public enum ConsultationState {

	/** Being written by the buyer; nobody else sees it. Lots and documents can still change. */
	DRAFT,

	/** Public: suppliers read it, download the documents, ask questions and deposit bids. */
	PUBLISHED,

	/** The deposit deadline has passed: no more bids; the bids received wait for the opening. */
	CLOSED,

	/** The commission opened the bids; they are being analysed. */
	OPENED,

	/** The contract (or every lot) was awarded. Final. */
	AWARDED,

	/** No acceptable bid: declared unsuccessful (infructueuse). Final. */
	UNSUCCESSFUL,

	/**
	 * Stopped by the buyer (sans suite), with a published reason. Final. The code de la commande
	 * publique (art. R2185-1) lets a buyer do so at any moment before the decision.
	 */
	CANCELLED;

	/**
	 * The states anyone may see: all but drafts (a draft abandoned before its publication is
	 * cancelled, yet stays unseen: the catalogue shows only what was published).
	 */
	public static final Set<ConsultationState> PUBLIC = EnumSet.complementOf(EnumSet.of(DRAFT));

	/** The states from which a consultation may still be cancelled: every state before a decision. */
	public static final Set<ConsultationState> CANCELLABLE = EnumSet.of(DRAFT, PUBLISHED, CLOSED, OPENED);

	public boolean isFinal() {
		return this == AWARDED || this == UNSUCCESSFUL || this == CANCELLED;
	}
}
