package fr.openmarches.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/**
 * A deposit (pli) as recorded once every byte was stored: who, when, late or not, the pieces'
 * names and hashes, the wrapped content key and the exact manifest the evidence log stamped. Its
 * transitions: {@link #supersede} when a later deposit in time replaces it, {@link #receiptIssued}
 * once the signed receipt exists.
 */
@Entity
@Table(schema = "submission", name = "deposit")
class Deposit {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String number;

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId;

	@Column(name = "company_id", nullable = false, updatable = false)
	private UUID companyId;

	@Column(name = "depositor_id", nullable = false, updatable = false)
	private UUID depositorId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(nullable = false, updatable = false)
	private boolean late;

	@Column(nullable = false, updatable = false)
	private boolean test;

	@Enumerated(EnumType.STRING)
	@Column(name = "backup_copy", nullable = false, updatable = false)
	private BackupCopy backupCopy;

	@Column(nullable = false, updatable = false, columnDefinition = "integer[]")
	private int[] lots;

	@Column(name = "piece_count", nullable = false, updatable = false)
	private int pieceCount;

	@Column(name = "plain_size", nullable = false, updatable = false)
	private long plainSize;

	@Column(name = "sealed_size", nullable = false, updatable = false)
	private long sealedSize;

	@Column(name = "opening_key", nullable = false, updatable = false)
	private String openingKey;

	@Column(name = "wrapped_key", nullable = false, updatable = false)
	private String wrappedKey;

	@Column(nullable = false, updatable = false)
	private byte[] manifest;

	@Column(name = "manifest_sha256", nullable = false, updatable = false)
	private String manifestSha256;

	@Column(name = "evidence_sequence", nullable = false, updatable = false)
	private long evidenceSequence;

	@Column(name = "superseded_by")
	private UUID supersededBy;

	@Column(name = "superseded_at")
	private Instant supersededAt;

	@Column(name = "receipt_sha256")
	private String receiptSha256;

	@Column(name = "receipt_issued_at")
	private Instant receiptIssuedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "submission", name = "deposit_piece", joinColumns = @JoinColumn(name = "deposit_id"))
	@OrderColumn(name = "position")
	private List<DepositPiece> pieces = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(schema = "submission", name = "deposit_partner", joinColumns = @JoinColumn(name = "deposit_id"))
	@OrderColumn(name = "position")
	private List<Partner> partners = new ArrayList<>();

	protected Deposit() {
	}

	Deposit(Manifest manifest, long evidenceSequence) {
		var content = manifest.content();
		this.id = content.id().value();
		this.number = content.number();
		this.consultationId = content.consultation().value();
		this.companyId = content.company().value();
		this.depositorId = content.depositor().value();
		this.locale = content.locale().toLanguageTag();
		this.receivedAt = content.receivedAt();
		this.late = content.late();
		this.test = content.test();
		this.backupCopy = content.backupCopy();
		this.lots = content.lots().stream().mapToInt(Integer::intValue).toArray();
		this.pieces.addAll(content.pieces());
		this.pieceCount = pieces.size();
		this.plainSize = pieces.stream().mapToLong(DepositPiece::size).sum();
		this.sealedSize = pieces.stream().mapToLong(DepositPiece::sealedSize).sum();
		content.consortium().forEach(p -> partners.add(new Partner(p.name(), p.siret())));
		this.openingKey = content.openingKey();
		this.wrappedKey = content.wrappedKey();
		this.manifest = manifest.bytes();
		this.manifestSha256 = manifest.sha256Hex();
		this.evidenceSequence = evidenceSequence;
	}

	DepositId id() {
		return new DepositId(id);
	}

	String number() {
		return number;
	}

	boolean late() {
		return late;
	}

	boolean test() {
		return test;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	java.util.Locale locale() {
		return java.util.Locale.forLanguageTag(locale);
	}

	byte[] manifest() {
		return manifest.clone();
	}

	String wrappedKey() {
		return wrappedKey;
	}

	String receiptSha256() {
		return receiptSha256;
	}

	DepositStatus status() {
		return late ? DepositStatus.LATE : supersededBy != null ? DepositStatus.SUPERSEDED : DepositStatus.CURRENT;
	}

	/**
	 * A later deposit of the same company, in time, replaces this one.
	 * @throws IllegalStateException when this one is late or already replaced (neither can be)
	 */
	void supersede(DepositId by, Instant at) {
		if (status() != DepositStatus.CURRENT) {
			throw new IllegalStateException("Deposit " + id + " is " + status() + ": nothing replaces it");
		}
		supersededBy = by.value();
		supersededAt = at;
	}

	/** The signed receipt is stored under {@code sha256}; issuing it again changes nothing. */
	boolean receiptIssued(String sha256, Instant at) {
		if (receiptSha256 != null) {
			return false;
		}
		receiptSha256 = sha256;
		receiptIssuedAt = at;
		return true;
	}

	DepositView view() {
		return new DepositView(id(), number, new ConsultationId(consultationId), new CompanyId(companyId),
				new AccountId(depositorId), receivedAt, status(), test, supersededAt, backupCopy,
				Arrays.stream(lots).boxed().toList(),
				partners.stream().map(p -> new DepositRequest.Partner(p.name, p.siret)).toList(),
				pieces.stream().map(DepositPiece::view).toList(), plainSize, sealedSize, openingKey, manifestSha256,
				evidenceSequence, receiptSha256 != null);
	}

	@Embeddable
	static class Partner {

		@Column(nullable = false)
		private String name;

		private String siret;

		protected Partner() {
		}

		Partner(String name, String siret) {
			this.name = name;
			this.siret = siret;
		}
	}
}
