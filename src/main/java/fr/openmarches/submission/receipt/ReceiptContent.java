package fr.openmarches.submission.receipt;

import java.time.Instant;
import java.util.List;

/**
 * Everything a deposit receipt states, gathered by the submission module once the deposit's
 * manifest is timestamped and chained into the evidence log.
 *
 * @param receiptNumber the receipt's own number, quoted in every page's footer
 * @param depositorName the company member who deposited
 * @param depositorEmail where the receipt was mailed
 * @param companyName the depositing company
 * @param siret the depositing establishment (14 digits)
 * @param buyerName the purchasing entity
 * @param consultationReference the buyer's reference of the consultation
 * @param consultationTitle its title
 * @param consultationObject what it buys
 * @param receivedAt when the upload completed
 * @param late received after {@code depositDeadline}: kept, and said so in a banner
 * @param depositDeadline the deadline for bids
 * @param depositId the deposit's identifier
 * @param manifestSha256 the SHA-256 of the deposit's manifest (hex), the hash that was stamped
 * @param timestampTime the RFC 3161 timestamp's time, as already written for people
 * @param evidenceSequence the deposit's sequence number in the evidence log
 * @param pieces the deposited files, in the manifest's order
 * @param backupCopy how the backup copy (copie de sauvegarde) was announced; null without one
 * @param timestampPending received while the timestamp authority was down: this receipt is
 * provisional, dated by the platform's clock only, and {@code timestampTime} is null
 * @param lateTimestampSequence for the final receipt of such a deposit, the evidence entry holding
 * the timestamp obtained later; null otherwise
 */
public record ReceiptContent(String receiptNumber, String depositorName, String depositorEmail, String companyName,
		String siret, String buyerName, String consultationReference, String consultationTitle,
		String consultationObject, Instant receivedAt, boolean late, Instant depositDeadline, String depositId,
		String manifestSha256, String timestampTime, long evidenceSequence, List<Piece> pieces, String backupCopy,
		boolean timestampPending, Long lateTimestampSequence) {

	public ReceiptContent {
		pieces = List.copyOf(pieces);
	}

	/** The receipt of a deposit timestamped at once. */
	public ReceiptContent(String receiptNumber, String depositorName, String depositorEmail, String companyName,
			String siret, String buyerName, String consultationReference, String consultationTitle,
			String consultationObject, Instant receivedAt, boolean late, Instant depositDeadline, String depositId,
			String manifestSha256, String timestampTime, long evidenceSequence, List<Piece> pieces, String backupCopy) {
		this(receiptNumber, depositorName, depositorEmail, companyName, siret, buyerName, consultationReference,
				consultationTitle, consultationObject, receivedAt, late, depositDeadline, depositId, manifestSha256,
				timestampTime, evidenceSequence, pieces, backupCopy, false, null);
	}

	/**
	 * One deposited file.
	 *
	 * @param envelope the envelope it belongs to (candidature, offre)
	 * @param lot the lot, null when the consultation has none
	 * @param fileName the file's name on the depositor's machine
	 * @param size its plaintext size in bytes
	 * @param plainSha256 the SHA-256 of the plaintext (hex), computed by the depositor's side
	 * @param sealedSha256 the SHA-256 of the encrypted file the platform stores (hex)
	 */
	public record Piece(String envelope, String lot, String fileName, long size, String plainSha256,
			String sealedSha256) {
	}
}
