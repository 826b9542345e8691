package fr.openmarches.consultation;

/** The procedure of the code de la commande publique under which a consultation runs. */
public enum ProcedureType {

	/** Procédure adaptée (MAPA): below the European thresholds, rules set by the buyer. */
	MAPA,

	/** Appel d'offres ouvert: anyone may deposit an application and an offer. */
	OPEN_TENDER,

	/** Appel d'offres restreint: only the candidates selected after the application phase bid. */
	RESTRICTED_TENDER,

	/** Procédure avec négociation: the buyer negotiates the offers with the candidates. */
	NEGOTIATED,

	/** Dialogue compétitif: the buyer and the candidates work out the solutions together. */
	COMPETITIVE_DIALOGUE,

	/** Concession: the contractor is paid by operating the work or service. */
	CONCESSION
}
