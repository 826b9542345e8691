package fr.openmarches.opening;

/**
 * What the signature check of an opened piece concluded, for the commission's record: DSS's
 * indication (ETSI EN 319 102-1) when the piece holds a signature, or why there is none to judge.
 */
public enum SignatureStatus {

	/** Every signature passed the five checks' validation (TOTAL-PASSED). */
	VALID,

	/** A signature failed: altered content, certificate revoked before signing… (TOTAL-FAILED). */
	INVALID,

	/** Validity could not be established: untrusted chain, expired certificate, no revocation data… */
	INDETERMINATE,

	/** A signature file in a format the arrêté does not accept (neither XAdES, CAdES nor PAdES). */
	UNSUPPORTED,

	/** The piece holds no signature. */
	NOT_SIGNED,

	/** The check itself could not run (an unreadable file); the piece stays readable. */
	FAILED;

	/** Whether the status comes from a signature found in the piece. */
	public boolean signed() {
		return this == VALID || this == INVALID || this == INDETERMINATE || this == UNSUPPORTED;
	}
}
