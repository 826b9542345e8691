package fr.openmarches.evidence;

/** What an entry of the evidence log records; its subject id says which thing it is about. */
public enum EvidenceKind {

	/**
	 * Every byte of a deposit (pli) was stored: the subject is the deposit, the payload its
	 * manifest (files, sizes, hashes, envelope, consultation, lot, company, depositor).
	 */
	DEPOSIT_RECEIVED
}
