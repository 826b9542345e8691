package fr.openmarches.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Chunk by chunk, the same bytes as a whole file sealed at once: what lets a client resume. */
class ChunkSealerTest {

	static final int CHUNK = 1024;

	@Test
	void chunksSealedOneByOneAreTheWholeSealedFile() throws Exception {
		var key = ContentKeys.newContentKey();
		var salt = new byte[16];
		new Random(7).nextBytes(salt);
		for (int size : new int[] { 0, 1, CHUNK, 3 * CHUNK, 3 * CHUNK + 17 }) {
			var plain = new byte[size];
			new Random(size).nextBytes(plain);
			var whole = new ByteArrayOutputStream();
			SealedFiles.seal(new ByteArrayInputStream(plain), whole, key, salt, CHUNK);

			var sealer = new ChunkSealer(key, salt, CHUNK);
			var pieces = new ByteArrayOutputStream();
			long count = SealedFiles.chunkCount(size, CHUNK);
			var out = new byte[CHUNK + SealedFiles.TAG_LENGTH];
			for (long index = 0; index < count; index++) {
				int from = (int) (index * CHUNK);
				var chunk = Arrays.copyOfRange(plain, from, Math.min(size, from + CHUNK));
				int length = sealer.seal(index, index == count - 1, chunk, chunk.length, out);
				pieces.write(out, 0, length);
			}
			assertThat(pieces.toByteArray()).as("size " + size).isEqualTo(whole.toByteArray());
		}
	}

	@Test
	void chunksLargerThanOneSliceOpenWithOneCallPerChunk() throws Exception {
		// sealing feeds the cipher in 64 KiB slices, opening in one call: each checks the other
		int chunk = 3 * FileChunks.SLICE + 123;
		var key = ContentKeys.newContentKey();
		var salt = new byte[16];
		var plain = new byte[2 * chunk + 999];
		new Random(11).nextBytes(plain);
		var sealed = new ByteArrayOutputStream();
		SealedFiles.seal(new ByteArrayInputStream(plain), sealed, key, salt, chunk);
		var opened = new ByteArrayOutputStream();
		SealedFiles.open(new ByteArrayInputStream(sealed.toByteArray()), opened, key, salt, chunk);
		assertThat(opened.toByteArray()).isEqualTo(plain);
		assertThat(sealed.size()).isEqualTo(plain.length + 3 * SealedFiles.TAG_LENGTH);
	}

	@Test
	void onlyTheLastChunkIsShort() {
		var sealer = new ChunkSealer(ContentKeys.newContentKey(), new byte[16], CHUNK);
		assertThatThrownBy(() -> sealer.seal(0, false, new byte[10], 10, new byte[CHUNK + 16]))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
