package fr.openmarches.sealing;

/**
 * Seals one file chunk by chunk, for a client that sends each sealed chunk as soon as it is made
 * and resumes after a cut (the command-line client): chunk {@code i} of a file sealed here is byte
 * for byte chunk {@code i} of what {@link SealedFiles#seal} writes with the same key, salt and chunk
 * size, so re-sealing a chunk after a cut gives the bytes the server may already hold.
 *
 * <p>The caller reads the plaintext in chunks of {@code chunkSize} bytes (only the last may be
 * shorter, and is empty only for an empty file) and tells which chunk is the last. One instance per
 * file and thread.
 */
public final class ChunkSealer {

	private final FileChunks chunks;

	private final int chunkSize;

	/**
	 * @param contentKey the deposit's 32-byte content key
	 * @param salt the file's 16-byte salt
	 * @param chunkSize plaintext bytes per chunk ({@link SealedFiles#MIN_CHUNK_SIZE} to
	 * {@link SealedFiles#MAX_CHUNK_SIZE})
	 */
	public ChunkSealer(byte[] contentKey, byte[] salt, int chunkSize) {
		this.chunks = new FileChunks(contentKey, salt, chunkSize);
		this.chunkSize = chunkSize;
	}

	/**
	 * Seals one chunk.
	 * @param index the chunk's index in the file, from 0
	 * @param last whether it is the file's last chunk
	 * @param plain its plaintext, {@code length} bytes from offset 0
	 * @param length at most the chunk size; less only for the last chunk
	 * @param sealed where the sealed chunk goes, at least {@code length + 16} bytes
	 * @return the sealed length, {@code length + 16}
	 */
	public int seal(long index, boolean last, byte[] plain, int length, byte[] sealed) {
		if (length < 0 || length > chunkSize || (length < chunkSize && !last)) {
			throw new IllegalArgumentException("Only the last chunk is shorter than " + chunkSize + " bytes, not " + length);
		}
		return chunks.seal(index, last, plain, length, sealed);
	}
}
