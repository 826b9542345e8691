package fr.openmarches.signature;

import java.time.Instant;
import java.util.List;

/**
 * What {@link SignatureVerifier} found in a signed piece: one {@link SignerVerdict} per signature
 * (a consortium's members may each sign), and DSS's reports to keep.
 *
 * @param piece the name of the signed file
 * @param indication the worst indication of its signatures; {@link Indication#UNSUPPORTED} when
 * the file is no XAdES, CAdES or PAdES signature
 * @param signers one verdict per signature, empty when unsupported
 * @param simpleReport DSS's simple report (XML), empty when unsupported
 * @param detailedReport DSS's detailed report (XML), empty when unsupported
 */
public record PieceVerdict(String piece, Indication indication, List<SignerVerdict> signers, byte[] simpleReport,
		byte[] detailedReport) {

	/** The overall result, as ETSI EN 319 102-1 (DSS) names it, plus the arrêté's format rule. */
	public enum Indication {
		/** TOTAL-PASSED: the signature is valid. */
		VALID,
		/** TOTAL-FAILED: the signature is invalid (altered content, revoked before signing…). */
		INVALID,
		/** INDETERMINATE: validity cannot be established (untrusted chain, expired, no revocation data…). */
		INDETERMINATE,
		/** Not an XAdES, CAdES or PAdES signature: the arrêté accepts no other format. */
		UNSUPPORTED;

		Indication worse(Indication other) {
			return other.ordinal() > ordinal() ? other : this;
		}
	}

	/** The five checks of the arrêté du 22 mars 2019, in its order. */
	public enum Requirement {
		SIGNER_IDENTITY, CERTIFICATE_CATEGORY, FORMAT, CERTIFICATE_STATUS, INTEGRITY
	}

	/**
	 * One check of one signature.
	 *
	 * @param messageKey a message bundle key saying why (e.g. {@code signature.check.integrity.failed})
	 */
	public record Check(Requirement requirement, boolean passed, String messageKey) {
	}

	/**
	 * One signature of the piece.
	 *
	 * @param subIndication DSS's sub-indication (e.g. {@code HASH_FAILURE}), null when valid
	 * @param signer the signing certificate's common name, null when not identified
	 * @param organisation its organisation (O), null when absent
	 * @param issuer the issuing CA's distinguished name
	 * @param qualified the certificate is qualified (per the trusted list, QES or AdES-QC)
	 * @param format XAdES, CAdES, PAdES, or another DSS name (e.g. CMS-NOT-ETSI)
	 * @param level the signature level, e.g. PAdES-BASELINE-B
	 * @param signingTime the time the signer claims, null when absent
	 * @param checks the five checks, in the arrêté's order
	 */
	public record SignerVerdict(Indication indication, String subIndication, String signer, String organisation,
			String issuer, boolean qualified, String format, String level, Instant signingTime, List<Check> checks) {

		public Check check(Requirement requirement) {
			return checks.stream().filter(check -> check.requirement() == requirement).findFirst().orElseThrow();
		}
	}

	static PieceVerdict unsupported(String piece) {
		return new PieceVerdict(piece, Indication.UNSUPPORTED, List.of(), new byte[0], new byte[0]);
	}
}
