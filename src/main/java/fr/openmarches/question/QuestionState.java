package fr.openmarches.question;

/** Where a question stands. */
public enum QuestionState {
	/** Asked, waiting for the buyer's answer. */
	ASKED,
	/** Answered: the rewritten question and its answer are public. */
	ANSWERED
}
