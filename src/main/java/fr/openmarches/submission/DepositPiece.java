package fr.openmarches.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import fr.openmarches.consultation.Envelope;

/** One sealed file of a deposit, as recorded: names, sizes and hashes — never content. */
@Embeddable
class DepositPiece {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Envelope envelope;

	private Integer lot;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(nullable = false)
	private long size;

	@Column(name = "plain_sha256", nullable = false)
	private String plainSha256;

	@Column(name = "sealed_size", nullable = false)
	private long sealedSize;

	@Column(name = "sealed_sha256", nullable = false)
	private String sealedSha256;

	@Column(name = "chunk_size", nullable = false)
	private int chunkSize;

	@Column(nullable = false)
	private String salt;

	private Integer signs;

	@Column(name = "vault_version")
	private UUID vaultVersion;

	@Column(name = "vault_type")
	private String vaultType;

	@Column(name = "vault_title")
	private String vaultTitle;

	@Column(name = "vault_valid_until")
	private LocalDate vaultValidUntil;

	@Column(name = "espd_response")
	private UUID espdResponse;

	@Column(name = "espd_saved_at")
	private Instant espdSavedAt;

	@Column(name = "espd_form")
	private String espdForm;

	protected DepositPiece() {
	}

	DepositPiece(Envelope envelope, Integer lot, String fileName, String mediaType, long size, String plainSha256,
			long sealedSize, String sealedSha256, int chunkSize, String salt, Integer signs, DepositView.VaultCopy vault,
			DepositView.EspdCopy espd) {
		this.envelope = envelope;
		this.lot = lot;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.plainSha256 = plainSha256;
		this.sealedSize = sealedSize;
		this.sealedSha256 = sealedSha256;
		this.chunkSize = chunkSize;
		this.salt = salt;
		this.signs = signs;
		if (vault != null) {
			this.vaultVersion = vault.version();
			this.vaultType = vault.type();
			this.vaultTitle = vault.title();
			this.vaultValidUntil = vault.validUntil();
		}
		if (espd != null) {
			this.espdResponse = espd.response();
			this.espdSavedAt = espd.savedAt();
			this.espdForm = espd.form();
		}
	}

	DepositView.Piece view() {
		return new DepositView.Piece(envelope, lot, fileName, mediaType, size, plainSha256, sealedSize, sealedSha256,
				chunkSize, salt, signs, vaultVersion == null ? null
						: new DepositView.VaultCopy(vaultVersion, vaultType, vaultTitle, vaultValidUntil),
				espdResponse == null ? null : new DepositView.EspdCopy(espdResponse, espdSavedAt, espdForm));
	}

	long size() {
		return size;
	}

	long sealedSize() {
		return sealedSize;
	}
}
