package fr.openmarches.submission;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joins an upload's chunks into its whole file as they arrive, so that completing the upload only
 * has to finish what is not joined yet (usually nothing) and hand the file to the blob store: at a
 * deadline, completion no longer reads, hashes and writes every byte again.
 *
 * <p>Chunk {@code i} is copied, checked against what it was received with, to offset
 * {@code i × chunk size} of the file: whoever joins it writes the same bytes at the same place.
 * The database counts the chunks joined from the first ({@code joined_chunks}), only once they are
 * forced to disk; a joined chunk's own file is then deleted. One request joins an upload at a time:
 * it claims it ({@code join_claim}) and releases it with what it joined. A claim older than
 * {@link #STALE} was left by a crash and is taken over, harmlessly since both write the same bytes.
 */
@Component
class JoinedChunks {

	private static final Logger log = LoggerFactory.getLogger(JoinedChunks.class);

	static final Duration STALE = Duration.ofMinutes(2);

	private final Uploads uploads;

	private final Chunks chunks;

	private final ChunkFiles files;

	private final TransactionTemplate transactions;

	JoinedChunks(Uploads uploads, Chunks chunks, ChunkFiles files, TransactionTemplate transactions) {
		this.uploads = uploads;
		this.chunks = chunks;
		this.files = files;
		this.transactions = transactions;
	}

	/**
	 * Joins the received chunks that follow the joined ones, in order, until one is missing or
	 * about {@code budget} bytes were copied.
	 * @return how many chunks, from the first, are now joined; {@code -1} when another request is
	 * joining this upload or it is no longer receiving
	 * @throws ChunkFiles.DamagedChunkException when a chunk's file no longer holds what was
	 * received: it is forgotten (to be sent again), the chunks before it stay joined
	 * @throws ChunkFiles.StorageFailure when the uploads directory cannot take the copy now
	 */
	int advance(Upload upload, long budget) throws IOException {
		var id = upload.id();
		var claim = UUID.randomUUID();
		if (transactions.execute(status -> uploads.claimJoin(id.value(), claim, STALE.toSeconds())) == 0) {
			return -1;
		}
		int before = transactions.execute(status -> uploads.joinedChunks(id.value()));
		var copied = new ArrayList<ReceivedChunk>();
		boolean released = false;
		try {
			var damaged = copy(upload, following(id, before), budget, copied);
			release(id, claim, before + copied.size());
			released = true;
			for (var chunk : copied) {
				deleteQuietly(id, chunk);
			}
			if (damaged != null) {
				log.warn("Chunk {} of upload {} was damaged on disk: asking for it again", damaged.chunk().index(), id);
				transactions.executeWithoutResult(status -> chunks.forget(id.value(), damaged.chunk().index()));
				files.delete(id, damaged.chunk().index(), damaged.chunk().sha256());
				throw damaged;
			}
			return before + copied.size();
		}
		finally {
			if (!released) { // the copy failed: what it wrote is not counted
				release(id, claim, before);
			}
		}
	}

	private void release(UploadId id, UUID claim, int joined) {
		transactions.executeWithoutResult(status -> uploads.releaseJoin(id.value(), claim, joined));
	}

	/** The received chunks from {@code first} on, as long as none is missing. */
	private List<ReceivedChunk> following(UploadId id, int first) {
		var received = transactions.execute(status -> chunks.findByUploadIdOrderByIndex(id.value()));
		var run = new ArrayList<ReceivedChunk>();
		int next = first;
		for (var chunk : received) {
			if (chunk.index() == next) {
				run.add(chunk);
				next++;
			}
		}
		return run;
	}

	/**
	 * Copies {@code run} into the whole file until {@code budget} bytes, then forces it to disk.
	 * @return the damaged chunk the copy stopped at, or null
	 */
	private ChunkFiles.DamagedChunkException copy(Upload upload, List<ReceivedChunk> run, long budget,
			List<ReceivedChunk> copied) throws IOException {
		if (run.isEmpty()) {
			return null;
		}
		ChunkFiles.DamagedChunkException damaged = null;
		long bytes = 0;
		try (var joined = files.openJoined(upload.id())) {
			for (var chunk : run) {
				if (bytes >= budget) {
					break;
				}
				try {
					files.copyInto(upload.id(), chunk, joined, upload.offsetOf(chunk.index()));
				}
				catch (ChunkFiles.DamagedChunkException e) {
					damaged = e;
					break;
				}
				copied.add(chunk);
				bytes += chunk.size();
			}
			try {
				joined.force(true);
			}
			catch (IOException e) {
				throw new ChunkFiles.StorageFailure(e);
			}
		}
		return damaged;
	}

	private void deleteQuietly(UploadId id, ReceivedChunk chunk) {
		try {
			files.delete(id, chunk.index(), chunk.sha256());
		}
		catch (IOException e) {
			log.warn("Could not delete joined chunk {} of upload {}; completion will", chunk.index(), id, e);
		}
	}
}
