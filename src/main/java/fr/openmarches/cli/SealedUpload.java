package fr.openmarches.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import fr.openmarches.sealing.ChunkSealer;
import fr.openmarches.sealing.SealedFiles;

/**
 * Seals one file chunk by chunk and sends each sealed chunk over the resumable upload protocol
 * (docs/using.md « Deposit uploads (API) »): a sealed chunk is exactly an upload chunk. Memory is a
 * fixed number of chunk buffers whatever the file's size: one thread reads and seals, up to
 * {@code parallel} others send. After a cut, the upload named in the state is asked what it holds;
 * the whole file is read and sealed again (sealing is deterministic for a key, salt and index, and
 * the hashes need every byte) but only the chunks missing are sent.
 */
final class SealedUpload {

	/** Told of each chunk the server has just accepted (progress; tests stop the client here). */
	interface ChunkSent {
		void sent(String fileName, long index, long bytes) throws IOException;
	}

	private final Api api;

	private final DepositState state;

	private final DepositState.Entry entry;

	private final int parallel;

	private final ChunkSent listener;

	SealedUpload(Api api, DepositState state, DepositState.Entry entry, int parallel, ChunkSent listener) {
		this.api = api;
		this.state = state;
		this.entry = entry;
		this.parallel = Math.max(1, parallel);
		this.listener = listener;
	}

	/** What this run did: chunks already on the server, chunks sent now. */
	record Outcome(long chunks, long alreadyThere, long sent) {
	}

	Outcome run() throws Api.Failure, IOException, Problem {
		int transport = entry.chunkSize + SealedFiles.TAG_LENGTH;
		long sealedSize = SealedFiles.sealedSize(entry.size, entry.chunkSize);
		long chunkCount = SealedFiles.chunkCount(entry.size, entry.chunkSize);
		if (Files.size(entry.path) != entry.size) {
			throw new Problem(Problem.REFUSED, "error.file-changed", entry.path);
		}
		Set<Long> received = new HashSet<>();
		if (entry.upload != null) {
			var found = api.getBytes("/api/v1/uploads/" + entry.upload);
			if (found.statusCode() == 404) {
				entry.upload = null; // purged after days without a chunk: start it again
				entry.completed = false;
			}
			else {
				var upload = Json.object(new String(found.body(), java.nio.charset.StandardCharsets.UTF_8));
				for (var index : (List<?>) upload.get("received")) {
					received.add(((BigDecimal) index).longValueExact());
				}
				if ("COMPLETE".equals(upload.get("state")) && entry.plainSha256 != null
						&& upload.get("blobSha256") != null && upload.get("blobSha256").equals(entry.sealedSha256)) {
					entry.completed = true;
					return new Outcome(chunkCount, chunkCount, 0);
				}
			}
		}
		if (entry.upload == null) {
			var opened = Json.object(api.postJson("/api/v1/uploads",
					"{\"consultationId\": %s, \"totalSize\": %d, \"chunkSize\": %d, \"label\": %s}".formatted(
							Json.quote(state.consultation), sealedSize, transport, Json.quote(entry.fileName()))));
			entry.upload = (String) opened.get("id");
			state.save();
		}
		long sent = sealAndSend(transport, received);
		var completion = Json.object(api.postJson("/api/v1/uploads/" + entry.upload + "/completion", "{}"));
		if (!entry.sealedSha256.equals(completion.get("sha256"))) {
			throw new Problem(Problem.FAILED, "error.hash-mismatch", entry.fileName());
		}
		entry.completed = true;
		state.save();
		return new Outcome(chunkCount, received.size(), sent);
	}

	private long sealAndSend(int transport, Set<Long> received) throws Api.Failure, IOException {
		int chunkSize = entry.chunkSize;
		var sealer = new ChunkSealer(state.contentKey, entry.salt, chunkSize);
		var plainDigest = sha256();
		var sealedDigest = sha256();
		// buffers: the sealer's one in hand plus one per sender; a sender gives its buffer back when done
		BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(parallel + 1);
		for (int i = 0; i <= parallel; i++) {
			free.add(new byte[transport]);
		}
		var inFlight = new Semaphore(parallel);
		var failure = new AtomicReference<Exception>();
		var sent = new AtomicLong();
		ExecutorService senders = Executors.newFixedThreadPool(parallel, runnable -> {
			var thread = new Thread(runnable, "openmarches-cli-sender");
			thread.setDaemon(true);
			return thread;
		});
		try (InputStream in = Files.newInputStream(entry.path)) {
			byte[] current = new byte[chunkSize];
			byte[] next = new byte[chunkSize];
			int currentLength = in.readNBytes(current, 0, chunkSize);
			for (long index = 0;; index++) {
				int nextLength = currentLength == chunkSize ? in.readNBytes(next, 0, chunkSize) : 0;
				boolean last = nextLength == 0;
				byte[] sealed = take(free);
				int sealedLength = sealer.seal(index, last, current, currentLength, sealed);
				plainDigest.update(current, 0, currentLength);
				sealedDigest.update(sealed, 0, sealedLength);
				if (failure.get() != null) {
					break;
				}
				if (received.contains(index)) {
					free.add(sealed);
				}
				else {
					acquire(inFlight);
					long chunk = index;
					senders.execute(() -> {
						try {
							if (failure.get() == null) {
								send(chunk, sealed, sealedLength);
								sent.incrementAndGet();
								listener.sent(entry.fileName(), chunk, sealedLength);
							}
						}
						catch (Exception e) {
							failure.compareAndSet(null, e);
						}
						finally {
							free.add(sealed);
							inFlight.release();
						}
					});
				}
				if (last) {
					break;
				}
				byte[] swap = current;
				current = next;
				next = swap;
				currentLength = nextLength;
			}
			acquire(inFlight, parallel);
		}
		finally {
			senders.shutdownNow();
		}
		var cause = failure.get();
		if (cause instanceof Api.Failure apiFailure) {
			throw apiFailure;
		}
		if (cause instanceof IOException io) {
			throw io;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause != null) {
			throw new IllegalStateException(cause);
		}
		entry.plainSha256 = hex(plainDigest);
		entry.sealedSha256 = hex(sealedDigest);
		state.save();
		return sent.get();
	}

	private void send(long index, byte[] sealed, int length) throws Api.Failure {
		var digest = sha256();
		digest.update(sealed, 0, length);
		api.put("/api/v1/uploads/" + entry.upload + "/chunks/" + index, sealed, length,
				Map.of("X-Chunk-SHA256", hex(digest)));
	}

	private static byte[] take(BlockingQueue<byte[]> free) {
		try {
			return free.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private static void acquire(Semaphore semaphore) {
		acquire(semaphore, 1);
	}

	private static void acquire(Semaphore semaphore, int permits) {
		try {
			semaphore.acquire(permits);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}
}
