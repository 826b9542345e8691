package fr.openmarches.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Content-addressed file storage. A blob is immutable and named by the SHA-256 of its bytes, so
 * storing the same bytes twice stores them once, and a reader can always check what it got.
 *
 * <p>A blob becomes visible only once every byte is durably written: a write cut short (crash,
 * full disk, broken stream) leaves nothing behind under any {@link BlobId}.
 */
public interface BlobStore {

	/** Streams {@code content} to storage (constant memory) and returns its address and size. */
	StoredBlob put(InputStream content) throws IOException;

	/**
	 * Stores the bytes of a file that nobody will write any more, as {@link #put} would. The store
	 * may take the file itself (a link on the same file system) rather than copy it, so the caller
	 * must leave its bytes as they are; it may still delete its own name for it.
	 */
	StoredBlob putFile(Path file) throws IOException;

	/** Opens a stored blob for reading. */
	InputStream open(BlobId id) throws IOException;

	boolean exists(BlobId id);

	/**
	 * Removes a blob; nothing when it is not stored. For blobs made for nothing else (the
	 * availability probe's sealed bytes, unique to each probe): blobs are otherwise kept for ever.
	 */
	void delete(BlobId id) throws IOException;

	/** Size in bytes of a stored blob. */
	long size(BlobId id) throws IOException;

	/** What {@link #put} stored. */
	record StoredBlob(BlobId id, long size) {
	}

	/** Thrown when reading a blob that is not stored. */
	final class NoSuchBlobException extends IOException {

		public NoSuchBlobException(BlobId id) {
			super("No blob " + id);
		}
	}
}
