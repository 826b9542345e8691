package fr.openmarches.sealing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sealing and opening whole files in the OMS1 format (docs/sealing.md): AES-256-GCM chunk by chunk,
 * streaming in constant memory (two chunks), byte for byte what {@code static/js/sealed/sealed-file.js}
 * produces in the supplier's browser.
 *
 * <p>{@link #open} writes each chunk as soon as its tag checks, so when it throws, the plaintext
 * written so far is a prefix of the file and must be discarded (write to a temporary file, keep it
 * only on success).
 */
public final class SealedFiles {

	/** Plaintext bytes per chunk unless the manifest says otherwise: 4 MiB. */
	public static final int DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;

	/** Smallest chunk size the format allows: 1 KiB. */
	public static final int MIN_CHUNK_SIZE = 1024;

	/** Largest chunk size the format allows: 64 MiB. */
	public static final int MAX_CHUNK_SIZE = 64 * 1024 * 1024;

	/** Bytes each chunk adds: its GCM tag. */
	public static final int TAG_LENGTH = FileChunks.TAG_LENGTH;

	private SealedFiles() {
	}

	/**
	 * What sealing or opening saw on both sides: the figures a deposit manifest records per file.
	 * @param plainSize bytes of the original file
	 * @param plainSha256Hex SHA-256 of the original file, lower-case hex
	 * @param sealedSize bytes of the sealed file ({@code plainSize + 16 × chunks})
	 * @param sealedSha256Hex SHA-256 of the sealed file, lower-case hex
	 */
	public record Sealed(long plainSize, String plainSha256Hex, long sealedSize, String sealedSha256Hex) {
	}

	/**
	 * Seals a file. The caller closes both streams.
	 * @param plain the file's bytes
	 * @param sealed where the sealed bytes go
	 * @param contentKey the deposit's 32-byte content key
	 * @param salt the file's 16-byte salt, fresh for every file
	 * @param chunkSize plaintext bytes per chunk
	 * @return sizes and digests of both sides
	 * @throws IOException when reading or writing fails
	 */
	public static Sealed seal(InputStream plain, OutputStream sealed, byte[] contentKey, byte[] salt, int chunkSize)
			throws IOException {
		var chunks = new FileChunks(contentKey, salt, chunkSize);
		var plainDigest = sha256();
		var sealedDigest = sha256();
		byte[] current = new byte[chunkSize];
		byte[] next = new byte[chunkSize];
		byte[] out = new byte[chunkSize + TAG_LENGTH];
		long plainSize = 0;
		long sealedSize = 0;
		int currentLength = plain.readNBytes(current, 0, chunkSize);
		for (long index = 0;; index++) {
			// A full chunk is the last one only if nothing follows it: read ahead to know its flag.
			int nextLength = currentLength == chunkSize ? plain.readNBytes(next, 0, chunkSize) : 0;
			boolean last = nextLength == 0;
			int sealedLength = chunks.seal(index, last, current, currentLength, out);
			plainDigest.update(current, 0, currentLength);
			sealedDigest.update(out, 0, sealedLength);
			sealed.write(out, 0, sealedLength);
			plainSize += currentLength;
			sealedSize += sealedLength;
			if (last) {
				return new Sealed(plainSize, hex(plainDigest), sealedSize, hex(sealedDigest));
			}
			byte[] swap = current;
			current = next;
			next = swap;
			currentLength = nextLength;
		}
	}

	/**
	 * Opens a sealed file, checking every tag, the chunks' order and the end. The caller closes both
	 * streams, and discards what was written if this throws.
	 * @param sealed the sealed bytes
	 * @param plain where the file's bytes go
	 * @param contentKey the deposit's 32-byte content key
	 * @param salt the file's 16-byte salt, from the manifest
	 * @param chunkSize plaintext bytes per chunk, from the manifest
	 * @return sizes and digests of both sides
	 * @throws SealBrokenException when a chunk does not open (wrong key, salt or chunk size, altered
	 * or reordered chunks), the file ends before its last chunk, or bytes follow it
	 * @throws IOException when reading or writing fails
	 */
	public static Sealed open(InputStream sealed, OutputStream plain, byte[] contentKey, byte[] salt, int chunkSize)
			throws IOException, SealBrokenException {
		return open(sealed, plain, new FileChunks(contentKey, salt, chunkSize), chunkSize);
	}

	/**
	 * The key of one file of a deposit: what an opening session hands the server for that file only.
	 * It opens this file and no other (each file has its own salt), and the content key cannot be
	 * computed back from it (HKDF is one-way).
	 * @param contentKey the deposit's 32-byte content key
	 * @param salt the file's 16-byte salt, from the manifest
	 * @return the 32-byte AES-256-GCM key of the file's chunks
	 */
	public static byte[] fileKey(byte[] contentKey, byte[] salt) {
		return FileChunks.fileKey(contentKey, salt);
	}

	/**
	 * Opens a sealed file with its file key ({@link #fileKey}) instead of the deposit's content key;
	 * same checks as {@link #open(InputStream, OutputStream, byte[], byte[], int)}.
	 * @param sealed the sealed bytes
	 * @param plain where the file's bytes go
	 * @param fileKey the file's 32-byte key
	 * @param salt the file's 16-byte salt, from the manifest
	 * @param chunkSize plaintext bytes per chunk, from the manifest
	 * @return sizes and digests of both sides
	 * @throws SealBrokenException when a chunk does not open (wrong key, salt or chunk size, altered
	 * or reordered chunks), the file ends before its last chunk, or bytes follow it
	 * @throws IOException when reading or writing fails
	 */
	public static Sealed openWithFileKey(InputStream sealed, OutputStream plain, byte[] fileKey, byte[] salt,
			int chunkSize) throws IOException, SealBrokenException {
		return open(sealed, plain, FileChunks.ofFileKey(fileKey, salt, chunkSize), chunkSize);
	}

	private static Sealed open(InputStream sealed, OutputStream plain, FileChunks chunks, int chunkSize)
			throws IOException, SealBrokenException {
		var plainDigest = sha256();
		var sealedDigest = sha256();
		int sealedChunkSize = chunkSize + TAG_LENGTH;
		byte[] current = new byte[sealedChunkSize];
		byte[] next = new byte[sealedChunkSize];
		byte[] out = new byte[chunkSize];
		long plainSize = 0;
		long sealedSize = 0;
		int currentLength = sealed.readNBytes(current, 0, sealedChunkSize);
		for (long index = 0;; index++) {
			int nextLength = currentLength == sealedChunkSize ? sealed.readNBytes(next, 0, sealedChunkSize) : 0;
			boolean last = nextLength == 0;
			if (currentLength < TAG_LENGTH || (last && currentLength == TAG_LENGTH && index > 0)) {
				throw new SealBrokenException(index == 0 && currentLength == 0 ? "The sealed file is empty: "
						+ "even an empty file has one sealed chunk" : "The sealed file is cut short in chunk " + index);
			}
			int plainLength = chunks.open(index, last, current, currentLength, out);
			if (plainLength < 0) {
				throw broken(chunks, index, last, current, currentLength);
			}
			plainDigest.update(out, 0, plainLength);
			sealedDigest.update(current, 0, currentLength);
			plain.write(out, 0, plainLength);
			plainSize += plainLength;
			sealedSize += currentLength;
			if (last) {
				return new Sealed(plainSize, hex(plainDigest), sealedSize, hex(sealedDigest));
			}
			byte[] swap = current;
			current = next;
			next = swap;
			currentLength = nextLength;
		}
	}

	/**
	 * How many chunks a file of this size has: at least one, so an empty file still carries a tag.
	 * @param size plaintext bytes
	 * @param chunkSize plaintext bytes per chunk
	 * @return {@code max(1, ceil(size / chunkSize))}
	 */
	public static long chunkCount(long size, int chunkSize) {
		requireChunkSize(chunkSize);
		if (size < 0) {
			throw new IllegalArgumentException("A size is not negative: " + size);
		}
		return Math.max(1, (size + chunkSize - 1) / chunkSize);
	}

	/**
	 * The sealed length of a file: its size plus one tag per chunk.
	 * @param size plaintext bytes
	 * @param chunkSize plaintext bytes per chunk
	 * @return {@code size + 16 × chunkCount(size, chunkSize)}
	 */
	public static long sealedSize(long size, int chunkSize) {
		return size + TAG_LENGTH * chunkCount(size, chunkSize);
	}

	static void requireChunkSize(int chunkSize) {
		if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
			throw new IllegalArgumentException(
					"The chunk size must be from " + MIN_CHUNK_SIZE + " to " + MAX_CHUNK_SIZE + " bytes, not " + chunkSize);
		}
	}

	/** Names the likely cause: a chunk that opens with the other last flag tells a cut file from an extended one. */
	private static SealBrokenException broken(FileChunks chunks, long index, boolean last, byte[] sealed, int length) {
		byte[] scratch = new byte[length];
		if (chunks.open(index, !last, sealed, length, scratch) >= 0) {
			return new SealBrokenException(last
					? "The sealed file ends after chunk " + index + ", which is not its last: it is truncated"
					: "Bytes follow chunk " + index + ", which is the sealed file's last");
		}
		return new SealBrokenException("Sealed chunk " + index + " does not open: wrong key, salt or chunk size, "
				+ "or altered, reordered or cut data");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}
}
