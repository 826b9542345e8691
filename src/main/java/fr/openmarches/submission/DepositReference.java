package fr.openmarches.submission;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A vault document a deposit references instead of holding (« dites-le-nous une fois »): the version,
 * what the buyer reads of it, and the earlier deposit's piece that is its opened copy.
 */
@Embeddable
class DepositReference {

	@Column(name = "vault_version", nullable = false)
	private UUID vaultVersion;

	@Column(name = "vault_type", nullable = false)
	private String vaultType;

	@Column(name = "vault_title", nullable = false)
	private String vaultTitle;

	@Column(name = "vault_valid_until")
	private LocalDate vaultValidUntil;

	@Column(name = "source_consultation", nullable = false)
	private UUID sourceConsultation;

	@Column(name = "source_deposit", nullable = false)
	private UUID sourceDeposit;

	@Column(name = "source_position", nullable = false)
	private int sourcePosition;

	@Column(name = "source_number", nullable = false)
	private String sourceNumber;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	protected DepositReference() {
	}

	DepositReference(DepositView.Reference reference) {
		this.vaultVersion = reference.vaultVersion();
		this.vaultType = reference.type();
		this.vaultTitle = reference.title();
		this.vaultValidUntil = reference.validUntil();
		this.sourceConsultation = reference.sourceConsultation();
		this.sourceDeposit = reference.sourceDeposit();
		this.sourcePosition = reference.sourcePosition();
		this.sourceNumber = reference.sourceNumber();
		this.fileName = reference.fileName();
		this.mediaType = reference.mediaType();
	}

	DepositView.Reference view() {
		return new DepositView.Reference(vaultVersion, vaultType, vaultTitle, vaultValidUntil, sourceConsultation,
				sourceDeposit, sourcePosition, sourceNumber, fileName, mediaType);
	}
}
