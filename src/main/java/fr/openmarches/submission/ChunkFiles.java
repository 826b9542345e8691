package fr.openmarches.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The chunks of uploads in progress, on disk: {@code <uploads-dir>/<upload id>/<index>-<sha256>}.
 * A chunk is streamed to a temporary file of the same directory, hashed on the way, forced to disk
 * and only then renamed: a chunk file under its final name is always whole. Naming it by its hash
 * too means two different bodies sent for one index never overwrite each other; the database row
 * says which one is the chunk. Chunks are then copied, checked again, into the upload's whole file
 * {@code <uploads-dir>/<upload id>/joined} ({@link JoinedChunks}).
 */
@Component
class ChunkFiles {

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	ChunkFiles(SubmissionProperties properties) throws IOException {
		this.root = properties.uploadsDir().toAbsolutePath().normalize();
		Files.createDirectories(root);
	}

	/** A body written to a temporary file, with what it really holds. */
	record Received(Path temporary, long size, String sha256) {
	}

	/**
	 * Streams {@code body} to a temporary file, reading at most one byte more than
	 * {@code expectedLength} (so a body too long is not read to its end), in constant memory.
	 */
	Received receive(UploadId upload, InputStream body, long expectedLength) throws IOException {
		Path temporary;
		try {
			var directory = Files.createDirectories(directoryOf(upload));
			temporary = Files.createTempFile(directory, "incoming-", ".part");
		}
		catch (IOException e) {
			throw new StorageFailure(e);
		}
		try {
			var digest = sha256();
			long size = 0;
			try (var channel = open(temporary)) {
				var buffer = new byte[BUFFER];
				int read;
				while (size <= expectedLength && (read = body.read(buffer)) != -1) {
					digest.update(buffer, 0, read);
					write(channel, ByteBuffer.wrap(buffer, 0, read));
					size += read;
				}
				force(channel);
			}
			return new Received(temporary, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	/**
	 * The platform's own storage failed (full, read-only, gone), not the request: what was stored
	 * before is untouched and the same bytes can be sent again later.
	 */
	static final class StorageFailure extends IOException {

		private static final long serialVersionUID = 1L;

		StorageFailure(IOException cause) {
			super("The uploads directory cannot store this chunk: " + cause.getMessage(), cause);
		}
	}

	private static FileChannel open(Path temporary) throws StorageFailure {
		try {
			return FileChannel.open(temporary, StandardOpenOption.WRITE);
		}
		catch (IOException e) {
			throw new StorageFailure(e);
		}
	}

	private static void write(FileChannel channel, ByteBuffer bytes) throws StorageFailure {
		try {
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
		}
		catch (IOException e) {
			throw new StorageFailure(e);
		}
	}

	/** Writes all of {@code bytes} at {@code position}; how many that was. */
	private static int write(FileChannel channel, ByteBuffer bytes, long position) throws StorageFailure {
		int written = 0;
		try {
			while (bytes.hasRemaining()) {
				written += channel.write(bytes, position + written);
			}
		}
		catch (IOException e) {
			throw new StorageFailure(e);
		}
		return written;
	}

	private static void force(FileChannel channel) throws StorageFailure {
		try {
			channel.force(true);
		}
		catch (IOException e) {
			throw new StorageFailure(e);
		}
	}

	/** Gives a checked chunk its final name (atomically). */
	void keep(Received received, UploadId upload, int index) throws IOException {
		try {
			Files.move(received.temporary(), chunkPath(upload, index, received.sha256()), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new StorageFailure(e);
		}
	}

	void discard(Received received) {
		try {
			Files.deleteIfExists(received.temporary());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The upload's whole file, where its chunks are joined. */
	Path joined(UploadId upload) {
		return directoryOf(upload).resolve("joined");
	}

	/** Opens the upload's whole file for writing, created if need be. */
	FileChannel openJoined(UploadId upload) throws IOException {
		try {
			return FileChannel.open(Files.createDirectories(directoryOf(upload)).resolve("joined"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		}
		catch (IOException e) {
			throw new StorageFailure(e);
		}
	}

	/**
	 * Copies a kept chunk into {@code joined} at {@code position}, checking on the way that its file
	 * still holds the length and hash it was received with.
	 * @throws DamagedChunkException when it does not (or is gone): it has to be sent again
	 */
	void copyInto(UploadId upload, ReceivedChunk chunk, FileChannel joined, long position) throws IOException {
		var digest = sha256();
		long copied = 0;
		try (var in = FileChannel.open(chunkPath(upload, chunk.index(), chunk.sha256()), StandardOpenOption.READ)) {
			var buffer = ByteBuffer.allocate(BUFFER);
			while (in.read(buffer) != -1) {
				buffer.flip();
				if (copied + buffer.remaining() > chunk.size()) {
					throw new DamagedChunkException(chunk);
				}
				digest.update(buffer.duplicate());
				copied += write(joined, buffer, position + copied);
				buffer.clear();
			}
		}
		catch (NoSuchFileException lost) {
			throw new DamagedChunkException(chunk);
		}
		if (copied != chunk.size() || !HexFormat.of().formatHex(digest.digest()).equals(chunk.sha256())) {
			throw new DamagedChunkException(chunk);
		}
	}

	/** A chunk whose file no longer holds what was received: it has to be sent again. */
	static final class DamagedChunkException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient ReceivedChunk chunk;

		DamagedChunkException(ReceivedChunk chunk) {
			super("Chunk " + chunk.index() + " is damaged or lost on disk");
			this.chunk = chunk;
		}

		ReceivedChunk chunk() {
			return chunk;
		}
	}

	void delete(UploadId upload, int index, String sha256) throws IOException {
		Files.deleteIfExists(chunkPath(upload, index, sha256));
	}

	/** Removes an upload's directory and everything in it (nothing if there is none). */
	void remove(UploadId upload) throws IOException {
		var directory = directoryOf(upload);
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.deleteIfExists(path);
				}
				catch (NoSuchFileException gone) {
					// removed meanwhile by another instance
				}
			}
		}
	}

	/** The uploads that have a directory (anything else under the root is ignored). */
	List<UploadId> uploadsOnDisk() throws IOException {
		var found = new ArrayList<UploadId>();
		try (Stream<Path> entries = Files.list(root)) {
			for (var entry : entries.filter(Files::isDirectory).toList()) {
				try {
					found.add(new UploadId(UUID.fromString(entry.getFileName().toString())));
				}
				catch (IllegalArgumentException notAnUpload) {
					// not ours
				}
			}
		}
		return found;
	}

	private Path directoryOf(UploadId upload) {
		return root.resolve(upload.value().toString());
	}

	private Path chunkPath(UploadId upload, int index, String sha256) {
		return directoryOf(upload).resolve(index + "-" + sha256);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
