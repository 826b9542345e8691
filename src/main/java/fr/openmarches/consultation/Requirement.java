package fr.openmarches.consultation;

/**
 * What a draft needs before it goes public. A blocking requirement stops the publication; the
 * others are advice the review page shows.
 */
public enum Requirement {

	/** The rules of the consultation (RC) are attached. */
	RULES(true),

	/** The notice (avis) is attached; formalised procedures only (a MAPA may go without). */
	NOTICE(true),

	/** The deposit deadline lies ahead. */
	DEPOSIT_DEADLINE_AHEAD(true),

	/** The questions deadline, when set, lies ahead. */
	QUESTIONS_DEADLINE_AHEAD(true),

	/**
	 * The opening commission is chosen and the consultation's opening key made (module
	 * {@code opening}, through {@link OpeningKeyCheck}): without it a supplier could seal nothing.
	 */
	OPENING_KEY(true),

	/** An estimated value, so that the platform can tell whether the notice goes to the JOUE. */
	ESTIMATED_VALUE(false),

	/** At least one piece of the DCE besides the RC. */
	TENDER_DOCUMENTS(false);

	private final boolean blocking;

	Requirement(boolean blocking) {
		this.blocking = blocking;
	}

	public boolean blocking() {
		return blocking;
	}
}
