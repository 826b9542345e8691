package fr.openmarches.consultation;

/** The documents of a consultation, as suppliers find them on its page. */
public enum DocumentKind {

	/** The notice (avis d'appel public à la concurrence). One per consultation. */
	NOTICE,

	/** The rules of the consultation (règlement de la consultation, RC). One per consultation. */
	RULES,

	/** A piece of the tender documents (DCE): CCAP, CCTP, BPU… possibly not dematerialised. */
	PIECE
}
