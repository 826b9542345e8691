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
 * @param references documents of the company's vault already given to the same purchasing entity in
 *        an earlier deposit, opened, referenced instead of sent again (« dites-le-nous une fois »)
 */
public record DepositRequest(String openingKey, String wrappedKey, List<Integer> lots, BackupCopy backupCopy,
		List<Partner> consortium, List<Piece> pieces, List<Reference> references) {

	public DepositRequest {
		references = references == null ? List.of() : List.copyOf(references);
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
	 * @param espdResponse for the company's DUME response to this consultation (candidature envelope
	 *        only), its id: the piece is its ESPD XML or its PDF as saved, by SHA-256; null otherwise
	 */
	public record Piece(UUID upload, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
			String plainSha256, int chunkSize, String salt, Integer signs, UUID vaultVersion, UUID espdResponse) {

		/** A file of the supplier's computer, or a copy of a vault version. */
		public Piece(UUID upload, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
				String plainSha256, int chunkSize, String salt, Integer signs, UUID vaultVersion) {
			this(upload, envelope, lot, fileName, mediaType, size, plainSha256, chunkSize, salt, signs, vaultVersion, null);
		}

		/** A file of the supplier's computer. */
		public Piece(UUID upload, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
				String plainSha256, int chunkSize, String salt, Integer signs) {
			this(upload, envelope, lot, fileName, mediaType, size, plainSha256, chunkSize, salt, signs, null, null);
		}
	}

	/**
	 * A document referenced instead of sent again: no file goes into the envelope; after opening,
	 * the buyer reads the copy opened from the earlier deposit.
	 *
	 * @param vaultVersion a version of the company's vault, still valid, that an earlier deposit of the
	 *        company to a consultation of the same purchasing entity holds as a piece, opened
	 */
	public record Reference(UUID vaultVersion) {
	}

	/** A member of the groupement besides the depositor's company. */
	public record Partner(String name, String siret) {
	}
}
