package fr.openmarches.award;

/** What a message to a company is (labels {@code award.message.kind.*}). */
public enum MessageKind {

	/** The award notification to the winner of a lot (PDF letter). */
	AWARD,

	/** The rejection letter to another bidder: its rank and score, the winner's, the motives, the standstill (PDF). */
	REJECTION,

	/** The letter telling a bidder that the lot is declared unsuccessful, and why (PDF). */
	UNSUCCESSFUL,

	/** A request for missing documents, to answer by a deadline. */
	DOCUMENT_REQUEST,

	/** The contract of an awarded lot, for its holder to sign on the platform ({@link ContractSigning}). */
	CONTRACT
}
