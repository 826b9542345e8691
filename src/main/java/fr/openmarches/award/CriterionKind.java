package fr.openmarches.award;

/** What an award criterion judges (labels {@code award.criterion.kind.*}). */
public enum CriterionKind {

	/** The price: scored from the amount of each offer, never by hand (see {@link Ranking}). */
	PRICE,

	/** The technical value of the offer (valeur technique), scored by the buyer. */
	TECHNICAL,

	/** Any other criterion the rules of the consultation announced (delays, environment…), scored by the buyer. */
	OTHER
}
