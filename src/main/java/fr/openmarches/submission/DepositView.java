package fr.openmarches.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountId;

/**
 * A deposit as its company sees it: everything but content, which stays sealed.
 *
 * @param number the receipt number, e.g. {@code OM-2026-000042}
 * @param receivedAt when the complete deposit reached the platform, every byte stored (the legal time of reception)
 * @param openingKey fingerprint of the opening key the content key was wrapped for
 * @param manifestSha256 SHA-256 of the manifest, the hash the evidence log timestamped
 * @param evidenceSequence its entry in the evidence log
 * @param receiptIssued whether the signed receipt is ready (it follows within a moment)
 * @param timestampPending received while the timestamp authority was down: received and receipted
 * at the platform's time, the RFC 3161 timestamp and the final receipt follow once it is back
 */
public record DepositView(DepositId id, String number, ConsultationId consultation, CompanyId company,
		AccountId depositor, Instant receivedAt, DepositStatus status, boolean test, Instant supersededAt,
		BackupCopy backupCopy, List<Integer> lots, List<DepositRequest.Partner> consortium, List<Piece> pieces,
		long plainSize, long sealedSize, String openingKey, String manifestSha256, long evidenceSequence,
		boolean receiptIssued, boolean timestampPending, List<Reference> references) {

	public boolean late() {
		return status == DepositStatus.LATE;
	}

	/**
	 * One file: its names, sizes and hashes; {@code signs} is the index of the piece a signature file
	 * signs; {@code vault}, for a copy of a document of the company's vault, which one; {@code espd},
	 * for the company's DUME response, which one.
	 */
	public record Piece(Envelope envelope, Integer lot, String fileName, String mediaType, long size, String plainSha256,
			long sealedSize, String sealedSha256, int chunkSize, String salt, Integer signs, VaultCopy vault,
			EspdCopy espd) {
	}

	/**
	 * A piece that is the company's DUME response to the consultation, as it was when deposited.
	 *
	 * @param response the response's id (module {@code dume})
	 * @param savedAt when it was saved: the version copied
	 * @param form {@code XML} (ESPD-EDM) or {@code PDF} (readable copy)
	 */
	/**
	 * A vault document referenced instead of sent again (« dites-le-nous une fois »): which version,
	 * and the earlier deposit whose opened piece the buyer reads.
	 *
	 * @param sourceDeposit the earlier deposit, to a consultation of the same purchasing entity
	 * @param sourcePosition the piece of that deposit which is the copy
	 * @param sourceNumber that deposit's receipt number
	 */
	public record Reference(UUID vaultVersion, String type, String title, LocalDate validUntil,
			UUID sourceConsultation, UUID sourceDeposit, int sourcePosition, String sourceNumber, String fileName,
			String mediaType) {
	}

	public record EspdCopy(UUID response, Instant savedAt, String form) {
	}

	/**
	 * A piece copied from the company's vault, as it was when deposited.
	 *
	 * @param type the vault's document type ({@code KBIS}, {@code URSSAF}…; labels {@code vault.type.*})
	 * @param validUntil the end of validity the company gave; null when it has none
	 */
	public record VaultCopy(UUID version, String type, String title, LocalDate validUntil) {
	}
}
