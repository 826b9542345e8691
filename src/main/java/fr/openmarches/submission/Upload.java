package fr.openmarches.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.platform.BlobId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One file being sent in chunks of a fixed size (the last one shorter). It knows the length each
 * chunk must have and guards its single transition, {@link #complete}.
 */
@Entity
@Table(schema = "submission", name = "upload")
class Upload {

	static final int MIN_CHUNK_SIZE = 1 << 20;

	static final int MAX_CHUNK_SIZE = 64 << 20;

	static final int MAX_LABEL_LENGTH = 255;

	@Id
	private UUID id;

	@Column(name = "consultation_id", nullable = false)
	private UUID consultationId;

	@Column(name = "company_id", nullable = false)
	private UUID companyId;

	@Column(name = "uploader_id", nullable = false)
	private UUID uploaderId;

	@Column(nullable = false)
	private String label;

	@Column(name = "total_size", nullable = false)
	private long totalSize;

	@Column(name = "chunk_size", nullable = false)
	private int chunkSize;

	@Column(name = "chunk_count", nullable = false)
	private int chunkCount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UploadState state;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** An upload of the availability probe: never in a deposit, purged at once. */
	@Column(nullable = false)
	private boolean probe;

	/** When the last chunk arrived (creation time before the first): what abandonment counts from. */
	@Column(name = "last_chunk_at", nullable = false)
	private Instant lastChunkAt;

	@Column(name = "blob_sha256")
	private String blobSha256;

	@Column(name = "completed_at")
	private Instant completedAt;

	/** The deposit this file went into, once it did: one at most. */
	@Column(name = "deposit_id")
	private UUID depositId;

	protected Upload() {
	}

	/** @throws UploadRefusedException when a size or the label is out of bounds */
	Upload(ConsultationId consultation, Uploader uploader, String label, long totalSize, int chunkSize,
			long maxTotalSize, Instant now) {
		if (label == null || label.isBlank() || label.length() > MAX_LABEL_LENGTH) {
			throw UploadRefusedException.invalid("A label of 1 to " + MAX_LABEL_LENGTH + " characters names the file");
		}
		if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
			throw UploadRefusedException.invalid("The chunk size is between 1 MiB and 64 MiB");
		}
		if (totalSize < 1 || totalSize > maxTotalSize) {
			throw UploadRefusedException.invalid("The total size is between 1 byte and " + maxTotalSize + " bytes");
		}
		this.id = UUID.randomUUID();
		this.consultationId = consultation.value();
		this.companyId = uploader.company().value();
		this.uploaderId = uploader.account().value();
		this.label = label.strip();
		this.totalSize = totalSize;
		this.chunkSize = chunkSize;
		this.chunkCount = Math.toIntExact((totalSize + chunkSize - 1) / chunkSize);
		this.state = UploadState.RECEIVING;
		this.createdAt = now;
		this.lastChunkAt = now;
	}

	/** Marks it the availability probe's (set before it is saved). */
	void markProbe() {
		this.probe = true;
	}

	boolean probe() {
		return probe;
	}

	UploadId id() {
		return new UploadId(id);
	}

	UUID companyId() {
		return companyId;
	}

	UploadState state() {
		return state;
	}

	int chunkCount() {
		return chunkCount;
	}

	/**
	 * The exact length of chunk {@code index}: the chunk size, but what remains for the last one.
	 * @throws UploadRefusedException when there is no such chunk
	 */
	long lengthOf(int index) {
		if (index < 0 || index >= chunkCount) {
			throw UploadRefusedException.invalid("Chunks are numbered from 0 to " + (chunkCount - 1));
		}
		return index < chunkCount - 1 ? chunkSize : totalSize - (long) chunkSize * (chunkCount - 1);
	}

	/** Where chunk {@code index} starts in the whole file. */
	long offsetOf(int index) {
		return (long) chunkSize * index;
	}

	/** @throws UploadRefusedException when the upload is already complete */
	void requireReceiving() {
		if (state != UploadState.RECEIVING) {
			throw UploadRefusedException.conflict("The upload is complete: it takes no more chunks");
		}
	}

	/**
	 * Records the blob the chunks were joined into.
	 * @throws IllegalStateException when already complete, or when the blob is not of the declared size
	 */
	void complete(BlobId blob, long size, Instant now) {
		if (state != UploadState.RECEIVING) {
			throw new IllegalStateException("Upload " + id + " is already complete");
		}
		if (size != totalSize) {
			throw new IllegalStateException("Upload " + id + " declared " + totalSize + " bytes, its chunks hold " + size);
		}
		this.state = UploadState.COMPLETE;
		this.blobSha256 = blob.sha256();
		this.completedAt = now;
	}

	ConsultationId consultation() {
		return new ConsultationId(consultationId);
	}

	/**
	 * Puts this complete file into {@code deposit}.
	 * @throws DepositRefusedException when the upload is not complete, or already in a deposit
	 */
	void useIn(DepositId deposit) {
		if (state != UploadState.COMPLETE) {
			throw DepositRefusedException.invalid("submission.deposit.upload-incomplete", label);
		}
		if (depositId != null) {
			throw DepositRefusedException.conflict("submission.deposit.upload-used", label);
		}
		depositId = deposit.value();
	}

	/** The blob its chunks were joined into, once complete; null before. */
	BlobId blobOrNull() {
		return blobSha256 == null ? null : new BlobId(blobSha256);
	}

	/** What completion recorded. */
	CompletedUpload completed() {
		if (state != UploadState.COMPLETE) {
			throw new IllegalStateException("Upload " + id + " is not complete");
		}
		return new CompletedUpload(id(), new BlobId(blobSha256), totalSize);
	}

	UploadView view(List<Integer> received, long receivedBytes) {
		return new UploadView(id, new ConsultationId(consultationId), label, totalSize, chunkSize, chunkCount, state,
				received, receivedBytes, createdAt, lastChunkAt, blobSha256, completedAt,
				depositId == null ? null : new DepositId(depositId));
	}
}
