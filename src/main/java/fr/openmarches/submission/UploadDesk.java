package fr.openmarches.submission;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.platform.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives deposit files in chunks, resumably, and joins them into one blob as they arrive. Bodies are opaque
 * (the client encrypted them) and streamed: memory does not grow with their size.
 *
 * <p>An upload belongs to a company: any of its members may read and continue it (a colleague
 * takes over, a CLI runs under another account of the company); to anyone else it does not exist.
 * No database transaction stays open while bytes flow.
 */
@Service
@EnableConfigurationProperties(SubmissionProperties.class)
public class UploadDesk {

	private static final Logger log = LoggerFactory.getLogger(UploadDesk.class);

	private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

	/** What a chunk's request joins at most (the chunks it lets follow the joined ones). */
	private static final long JOIN_PER_CHUNK = 64L * 1024 * 1024;

	/** How long completion waits for another request joining the same upload. */
	private static final Duration JOIN_WAIT = Duration.ofSeconds(30);

	private static final Duration JOIN_POLL = Duration.ofMillis(50);

	private final Uploads uploads;

	private final Chunks chunks;

	private final ChunkFiles files;

	private final JoinedChunks joiner;

	private final BlobStore blobs;

	private final ConsultationCatalogue catalogue;

	private final SubmissionProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final fr.openmarches.evidence.ProbeAccounts probeAccounts;

	UploadDesk(Uploads uploads, Chunks chunks, ChunkFiles files, JoinedChunks joiner, BlobStore blobs, ConsultationCatalogue catalogue,
			SubmissionProperties properties, TransactionTemplate transactions, Clock clock,
			fr.openmarches.evidence.ProbeAccounts probeAccounts) {
		this.probeAccounts = probeAccounts;
		this.uploads = uploads;
		this.chunks = chunks;
		this.files = files;
		this.joiner = joiner;
		this.blobs = blobs;
		this.catalogue = catalogue;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Opens an upload of {@code totalSize} bytes in chunks of {@code chunkSize}.
	 * @throws NoSuchElementException when the consultation is unknown or not public
	 * @throws UploadRefusedException when a size or the label is out of bounds (invalid), or the
	 * consultation was opened or decided (conflict)
	 */
	public UploadView start(ConsultationId consultation, Uploader uploader, String label, long totalSize,
			int chunkSize) {
		var details = catalogue.find(consultation).orElseThrow();
		if (!DepositDesk.takesDeposits(details.state())) {
			throw UploadRefusedException.conflict("The consultation no longer takes deposits");
		}
		var upload = new Upload(consultation, uploader, label, totalSize, chunkSize,
				properties.maxUploadSize().toBytes(), clock.instant());
		if (probeAccounts.isProbe(uploader.account(), consultation)) {
			upload.markProbe();
		}
		return transactions.execute(status -> view(uploads.save(upload)));
	}

	/** @throws NoSuchElementException when the company has no such upload */
	public UploadView find(UploadId id, CompanyId company) {
		return transactions.execute(status -> view(load(id, company)));
	}

	/**
	 * Takes chunk {@code index}: streams it to disk, checks its length and SHA-256, then keeps it.
	 * Sending a chunk again with the same bytes changes nothing.
	 * @param contentLength the length the request announced, or -1
	 * @throws NoSuchElementException when the company has no such upload
	 * @throws UploadRefusedException when the index, length or hash is wrong (invalid: nothing is
	 * kept), or the upload is complete or already holds other bytes for this index (conflict)
	 */
	public ChunkReceipt receive(UploadId id, CompanyId company, int index, String sha256, long contentLength,
			InputStream body) throws IOException {
		if (sha256 == null || !HEX_SHA256.matcher(sha256).matches()) {
			throw UploadRefusedException.invalid("A chunk comes with its SHA-256");
		}
		var upload = transactions.execute(status -> load(id, company));
		upload.requireReceiving();
		long expected = upload.lengthOf(index);
		if (contentLength >= 0 && contentLength != expected) {
			throw UploadRefusedException.invalid("Chunk " + index + " is " + expected + " bytes long");
		}
		ChunkFiles.Received received;
		try {
			received = files.receive(id, body, expected);
		}
		catch (ChunkFiles.StorageFailure e) {
			log.warn("Chunk {} of upload {} not stored: {}", index, id, e.getMessage());
			throw UploadRefusedException.storage(index, e);
		}
		try {
			if (received.size() != expected) {
				throw UploadRefusedException.invalid("Chunk " + index + " is " + expected + " bytes long");
			}
			if (!received.sha256().equals(sha256)) {
				throw UploadRefusedException.invalid("Chunk " + index + " does not match its SHA-256");
			}
			files.keep(received, id, index);
		}
		catch (ChunkFiles.StorageFailure e) {
			log.warn("Chunk {} of upload {} not stored: {}", index, id, e.getMessage());
			throw UploadRefusedException.storage(index, e);
		}
		finally {
			files.discard(received);
		}
		var kept = recordChunk(id, index, received);
		if (!kept.sha256().equals(received.sha256())) {
			files.delete(id, index, received.sha256());
			throw UploadRefusedException.conflict("Chunk " + index + " was already received with other bytes");
		}
		joinSoon(upload);
		return kept;
	}

	/**
	 * Joins what can be joined now, a few chunks at most: the chunk is received whatever happens
	 * here, completion joins whatever is left.
	 */
	private void joinSoon(Upload upload) {
		try {
			joiner.advance(upload, JOIN_PER_CHUNK);
		}
		catch (IOException | RuntimeException e) {
			log.warn("Upload {}: chunks not joined yet ({}); completion will", upload.id(), e.getMessage());
		}
	}

	private ChunkReceipt recordChunk(UploadId id, int index, ChunkFiles.Received received) {
		try {
			return transactions.execute(status -> {
				var now = clock.instant();
				if (uploads.chunkArrived(id.value(), now) == 0) {
					throw new NoSuchElementException("Upload " + id + " was purged");
				}
				chunks.record(id.value(), index, received.size(), received.sha256(), now);
				var chunk = chunks.findById(new ReceivedChunk.Key(id.value(), index)).orElseThrow();
				return new ChunkReceipt(index, chunk.size(), chunk.sha256());
			});
		}
		catch (DataIntegrityViolationException purgedMeanwhile) {
			throw new NoSuchElementException("Upload " + id + " was purged");
		}
	}

	/**
	 * Joins the chunks not joined yet ({@link JoinedChunks}) and gives the whole file to the blob
	 * store, which hashes it; the blob exists before the completion is recorded, in one transaction
	 * with the chunks' removal. Completing again answers the same.
	 * @throws NoSuchElementException when the company has no such upload
	 * @throws UploadRefusedException (conflict) while a chunk is missing, or when one was found
	 * damaged on disk (it is forgotten: send it again); (storage) when the uploads directory or the
	 * blob store cannot take the file now (the chunks stay: complete again later)
	 */
	public CompletedUpload complete(UploadId id, CompanyId company) throws IOException {
		var upload = transactions.execute(status -> load(id, company));
		if (upload.state() == UploadState.COMPLETE) {
			return upload.completed();
		}
		var received = chunks.findByUploadIdOrderByIndex(id.value());
		if (received.size() < upload.chunkCount()) {
			throw UploadRefusedException.conflict(missing(upload, received) + " still missing");
		}
		BlobStore.StoredBlob blob;
		try {
			var finished = joinAll(upload, company);
			if (finished != null) {
				return finished;
			}
			blob = blobs.putFile(files.joined(id));
		}
		catch (ChunkFiles.DamagedChunkException e) {
			throw UploadRefusedException.conflict("Chunk " + e.chunk().index() + " is missing: send it again");
		}
		catch (IOException e) {
			var finished = transactions.execute(status -> load(id, company));
			if (finished.state() == UploadState.COMPLETE) {
				return finished.completed(); // completed meanwhile by a request that crossed this one
			}
			// the uploads directory or the blob store failed, full or unavailable: the chunks stay, complete again later
			log.warn("Upload {} not completed: {}", id, e.getMessage());
			throw UploadRefusedException.storage(null, e);
		}
		var completed = transactions.execute(status -> {
			var locked = uploads.lock(id.value()).orElseThrow();
			if (locked.state() == UploadState.RECEIVING) {
				locked.complete(blob.id(), blob.size(), clock.instant());
				chunks.deleteAllOf(id.value());
			}
			return locked.completed();
		});
		try {
			files.remove(id);
		}
		catch (IOException e) {
			log.warn("Could not remove the chunks of complete upload {}; the purge will", id, e);
		}
		return completed;
	}

	/**
	 * Joins every chunk not joined yet, waiting while another request is joining.
	 * @return the upload as completed meanwhile by another request, or null once all are joined
	 */
	private CompletedUpload joinAll(Upload upload, CompanyId company) throws IOException {
		long giveUp = System.nanoTime() + JOIN_WAIT.toNanos();
		while (true) {
			int joined = joiner.advance(upload, Long.MAX_VALUE);
			if (joined == upload.chunkCount()) {
				return null;
			}
			if (joined >= 0) {
				throw UploadRefusedException.conflict("Chunk " + joined + " is missing: send it again");
			}
			var now = transactions.execute(status -> load(upload.id(), company));
			if (now.state() == UploadState.COMPLETE) {
				return now.completed();
			}
			if (System.nanoTime() > giveUp) {
				throw new IOException("Upload " + upload.id() + " is still being joined by another request");
			}
			try {
				Thread.sleep(JOIN_POLL);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("Interrupted while waiting to join upload " + upload.id());
			}
		}
	}

	private Upload load(UploadId id, CompanyId company) {
		return uploads.findByIdAndCompanyId(id.value(), company.value()).orElseThrow();
	}

	private UploadView view(Upload upload) {
		if (upload.state() == UploadState.COMPLETE) {
			var all = new ArrayList<Integer>(upload.chunkCount());
			for (int i = 0; i < upload.chunkCount(); i++) {
				all.add(i);
			}
			return upload.view(all, upload.completed().size());
		}
		var received = chunks.findByUploadIdOrderByIndex(upload.id().value());
		return upload.view(received.stream().map(ReceivedChunk::index).toList(),
				received.stream().mapToLong(ReceivedChunk::size).sum());
	}

	private static String missing(Upload upload, java.util.List<ReceivedChunk> received) {
		var present = received.stream().map(ReceivedChunk::index).collect(java.util.stream.Collectors.toSet());
		var absent = new ArrayList<Integer>();
		for (int i = 0; i < upload.chunkCount() && absent.size() < 10; i++) {
			if (!present.contains(i)) {
				absent.add(i);
			}
		}
		return "Chunks " + absent + (upload.chunkCount() - present.size() > absent.size() ? " and more" : "");
	}
}
