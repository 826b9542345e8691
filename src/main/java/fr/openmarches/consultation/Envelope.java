package fr.openmarches.consultation;

/** The envelopes (plis) a bid is made of. */
public enum Envelope {

	/** Candidature: who the supplier is and what it can do (DUME/ESPD, DC1, DC2, references). */
	APPLICATION,

	/** Offre: what the supplier proposes and at what price (AE, BPU, technical memo). */
	OFFER
}
