package fr.openmarches.submission;

import java.io.IOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges uploads that received no chunk for {@code openmarches.submission.abandon-after}. Each
 * batch locks its rows with {@code skip locked} and deletes them in one transaction, then removes
 * their files: several instances share the work, and a crash leaves either the whole upload or
 * only stray files. Stray files (of uploads purged, or completed, before their files went) are
 * swept on each run.
 */
@Component
class AbandonedUploads {

	private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);

	private static final int BATCH = 50;

	/** A probe upload this old was left by a probe cut short (a probe takes seconds). */
	static final java.time.Duration PROBE_LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

	private final Uploads uploads;

	private final Chunks chunks;

	private final ChunkFiles files;

	private final SubmissionProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final fr.openmarches.platform.BlobStore blobs;

	AbandonedUploads(Uploads uploads, Chunks chunks, ChunkFiles files, SubmissionProperties properties,
			TransactionTemplate transactions, Clock clock, fr.openmarches.platform.BlobStore blobs) {
		this.blobs = blobs;
		this.uploads = uploads;
		this.chunks = chunks;
		this.files = files;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${openmarches.submission.purge-interval:PT1H}", initialDelayString = "PT1M")
	void purgeOnSchedule() throws IOException {
		purge();
	}

	/** Purges the abandoned uploads; returns how many. */
	int purge() throws IOException {
		var before = clock.instant().minus(properties.abandonAfter());
		int purged = 0;
		List<UploadId> batch;
		do {
			batch = transactions.execute(status -> {
				var due = uploads.lockAbandoned(before, BATCH);
				for (var upload : due) {
					chunks.deleteAllOf(upload.id().value());
					uploads.delete(upload);
				}
				return due.stream().map(Upload::id).toList();
			});
			for (var id : batch) {
				files.remove(id);
			}
			purged += batch.size();
		}
		while (batch.size() == BATCH);
		if (purged > 0) {
			log.info("Purged {} abandoned uploads", purged);
		}
		purgeProbeLeftovers();
		sweepStrayFiles();
		return purged;
	}

	/**
	 * Purges what a probe deposit cut short left (a probe deposit deletes its uploads at once):
	 * probe uploads older than {@link #PROBE_LEFTOVER_AGE}, their rows, files and blob. A probe's
	 * blob holds bytes sealed under a fresh key, which no deposit holds.
	 */
	int purgeProbeLeftovers() throws IOException {
		var before = clock.instant().minus(PROBE_LEFTOVER_AGE);
		int purged = 0;
		List<Upload> batch;
		do {
			batch = transactions.execute(status -> {
				var due = uploads.lockProbeLeftovers(before, BATCH);
				for (var upload : due) {
					chunks.deleteAllOf(upload.id().value());
					uploads.delete(upload);
				}
				return due;
			});
			for (var upload : batch) {
				files.remove(upload.id());
				if (upload.blobOrNull() != null) {
					blobs.delete(upload.blobOrNull());
				}
			}
			purged += batch.size();
		}
		while (batch.size() == BATCH);
		if (purged > 0) {
			log.info("Purged {} uploads left by availability probes", purged);
		}
		return purged;
	}

	/** Removes the directories of uploads that no longer receive (purged or complete). */
	private void sweepStrayFiles() throws IOException {
		var onDisk = files.uploadsOnDisk();
		if (onDisk.isEmpty()) {
			return;
		}
		var receiving = new HashSet<UUID>(
				uploads.receivingAmong(onDisk.stream().map(UploadId::value).toList()));
		for (var id : onDisk) {
			if (!receiving.contains(id.value())) {
				files.remove(id);
			}
		}
	}
}
