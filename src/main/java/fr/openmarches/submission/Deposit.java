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
 * once the signed receipt exists. Received while the timestamp authority was down, it
 * {@link #awaitTimestamp awaits its timestamp}: {@link #timestampFailed} while the authority stays
 * down, {@link #timestamped} once the token is had, then {@link #finalReceiptIssued}.
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

	/** Received while the timestamp authority was down, and no timestamp had since. */
	@Column(name = "timestamp_pending", nullable = false)
	private boolean timestampPending;

	@Column(name = "timestamp_next_try_at")
	private Instant timestampNextTryAt;

	@Column(name = "timestamp_attempts", nullable = false)
	private int timestampAttempts;

	/** The time of the timestamp had after the deposit (null when it was had at once). */
	@Column(name = "timestamped_at")
	private Instant timestampedAt;

	@Column(name = "timestamp_token")
	private byte[] timestampToken;

	/** The evidence entry (DEPOSIT_TIMESTAMPED) of the timestamp had after the deposit. */
	@Column(name = "timestamp_sequence")
	private Long timestampSequence;

	/** The receipt issued while the timestamp was pending, kept once the final one replaced it. */
	@Column(name = "provisional_receipt_sha256")
	private String provisionalReceiptSha256;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "submission", name = "deposit_piece", joinColumns = @JoinColumn(name = "deposit_id"))
	@OrderColumn(name = "position")
	private List<DepositPiece> pieces = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(schema = "submission", name = "deposit_partner", joinColumns = @JoinColumn(name = "deposit_id"))
	@OrderColumn(name = "position")
	private List<Partner> partners = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(schema = "submission", name = "deposit_reference", joinColumns = @JoinColumn(name = "deposit_id"))
	@OrderColumn(name = "position")
	private List<DepositReference> references = new ArrayList<>();

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
		content.references().forEach(r -> references.add(new DepositReference(r)));
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

	/** Received while the timestamp authority was down: the timestamp is tried again at {@code nextTry}. */
	void awaitTimestamp(Instant nextTry) {
		if (receiptSha256 != null || timestampToken != null) {
			throw new IllegalStateException("Deposit " + id + " is already receipted");
		}
		timestampPending = true;
		timestampNextTryAt = nextTry;
	}

	boolean timestampPending() {
		return timestampPending;
	}

	int timestampAttempts() {
		return timestampAttempts;
	}

	/** The authority is still down: try again at {@code nextTry}. */
	void timestampFailed(Instant nextTry) {
		if (!timestampPending) {
			throw new IllegalStateException("Deposit " + id + " awaits no timestamp");
		}
		timestampAttempts++;
		timestampNextTryAt = nextTry;
	}

	/**
	 * The timestamp of the manifest hash, had once the authority was back, chained at evidence
	 * entry {@code sequence}.
	 * @throws IllegalStateException when the deposit awaited no timestamp
	 */
	void timestamped(byte[] token, Instant time, long sequence) {
		if (!timestampPending) {
			throw new IllegalStateException("Deposit " + id + " awaits no timestamp");
		}
		timestampPending = false;
		timestampNextTryAt = null;
		timestampAttempts++;
		timestampToken = token.clone();
		timestampedAt = time;
		timestampSequence = sequence;
	}

	/** The time of the timestamp had after the deposit; null when it was had at once, or is pending. */
	Instant timestampedAt() {
		return timestampedAt;
	}

	Long timestampSequence() {
		return timestampSequence;
	}

	/**
	 * The final receipt, with the timestamp had later, is stored under {@code sha256} and replaces
	 * the provisional one, which is kept; issuing it again changes nothing.
	 * @throws IllegalStateException while the timestamp is pending, or before the provisional receipt
	 */
	boolean finalReceiptIssued(String sha256, Instant at) {
		if (timestampToken == null || receiptSha256 == null) {
			throw new IllegalStateException("Deposit " + id + " has no timestamp or no provisional receipt yet");
		}
		if (provisionalReceiptSha256 != null) {
			return false;
		}
		provisionalReceiptSha256 = receiptSha256;
		receiptSha256 = sha256;
		receiptIssuedAt = at;
		return true;
	}

	/** Whether the receipt issued is the final one (a timestamp had later replaced the provisional one). */
	boolean finalReceiptIssued() {
		return provisionalReceiptSha256 != null;
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
				evidenceSequence, receiptSha256 != null, timestampPending,
				references.stream().map(DepositReference::view).toList());
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
