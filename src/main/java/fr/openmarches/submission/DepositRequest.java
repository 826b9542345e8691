package fr.openmarches.submission;

import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.Envelope;

/**
 * What a client sends to finalise a deposit, once every file is uploaded (sealed): which lots,
 * which files in which envelope, and the content key wrapped for the opening key. The server adds
 * who, when, and the sealed files' hashes, which it computed itself.
 *
 * @param openingKey SHA-256 fingerprint (hex) of the opening public key the content key was wrapped for
 * @param wrappedKey the deposit's content key, RSA-OAEP-wrapped for that key (base64)
 * @param lots the lots bid for (empty when the consultation has none)
 * @param backupCopy whether a backup copy is sent besides
 * @param consortium the other members of a groupement, empty for a company alone
 * @param pieces the files, in the order the supplier gave them
 */
public record DepositRequest(String openingKey, String wrappedKey, List<Integer> lots, BackupCopy backupCopy,
		List<Partner> consortium, List<Piece> pieces) {

	public DepositRequest {
		lots = lots == null ? List.of() : List.copyOf(lots);
		consortium = consortium == null ? List.of() : List.copyOf(consortium);
		pieces = pieces == null ? List.of() : List.copyOf(pieces);
		backupCopy = backupCopy == null ? BackupCopy.NONE : backupCopy;
	}

	/**
	 * One sealed file (format OMS1, docs/sealing.md).
	 *
	 * @param upload the completed upload holding its sealed bytes
	 * @param lot the lot it belongs to; null for the application, and when there are no lots
	 * @param size plaintext size in bytes
	 * @param plainSha256 plaintext SHA-256 (hex), computed by the client before sealing
	 * @param chunkSize plaintext bytes per sealed chunk
	 * @param salt the file's HKDF salt (base64, 16 bytes)
	 * @param signs for a detached signature (CAdES .p7s, XAdES .xml), the index in {@code pieces}
	 *        of the piece it signs; null otherwise
	 * @param vaultVersion for a copy of a document of the company's vault (candidature envelope only),
	 *        the vault version copied: its SHA-256 must be {@code plainSha256}; null otherwise
	 */
	public record Piece(UUID upload, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
			String plainSha256, int chunkSize, String salt, Integer signs, UUID vaultVersion) {

		/** A file of the supplier's computer. */
		public Piece(UUID upload, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
				String plainSha256, int chunkSize, String salt, Integer signs) {
			this(upload, envelope, lot, fileName, mediaType, size, plainSha256, chunkSize, salt, signs, null);
		}
	}

	/** A member of the groupement besides the depositor's company. */
	public record Partner(String name, String siret) {
	}
}
