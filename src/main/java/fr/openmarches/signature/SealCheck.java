package fr.openmarches.signature;

import java.time.Instant;

/**
 * What {@link PdfSeals#check} found in a PDF: whether it carries a signature, whether that
 * signature is intact (the signed bytes are the ones hashed and signed) and valid (intact, by a
 * trusted certificate, covering the whole file), and what it says.
 *
 * @param signed the PDF carries a signature
 * @param intact the signed bytes were not changed since signing
 * @param valid intact, by a trusted certificate, and nothing was appended to the file after it
 * @param signer the signing certificate's subject (RFC 2253), null when not signed
 * @param signingTime the time the signer claims, null when not signed
 * @param timestampTime when the signature was timestamped, null without a valid timestamp
 * @param problem why it is not valid, in a sentence; null when valid
 */
public record SealCheck(boolean signed, boolean intact, boolean valid, String signer, Instant signingTime,
		Instant timestampTime, String problem) {

	static SealCheck notSigned(String problem) {
		return new SealCheck(false, false, false, null, null, null, problem);
	}
}
