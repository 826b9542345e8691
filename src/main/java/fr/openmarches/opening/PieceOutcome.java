package fr.openmarches.opening;

/** What became of a piece when the opening session handed the server its file key. */
public enum PieceOutcome {

	/** Every tag checked and the plaintext has the SHA-256 the company declared: readable by the buyer. */
	OPENED,

	/** It opened, but the plaintext is not the bytes the manifest declares: kept, not offered for reading. */
	HASH_MISMATCH,

	/**
	 * Chunk 0 does not open although the stored blob is intact: a wrong file key from the host (who
	 * may try again), or a deposit sealed under another key than the one wrapped.
	 */
	DOES_NOT_OPEN,

	/** Chunk 0 opened, a later chunk did not: the key is right and the seal is broken. */
	SEAL_BROKEN,

	/** The stored blob is missing or its SHA-256 is not the manifest's (the receipt's): storage was altered. */
	STORAGE_ALTERED;

	/** Whether the piece's file key is kept and its result final. */
	public boolean opened() {
		return this == OPENED || this == HASH_MISMATCH;
	}
}
