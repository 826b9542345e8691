package fr.openmarches.sealing;

import static fr.openmarches.sealing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OMS1 format in Java: round trips at the edges of chunks, and every way a sealed file can break. */
class SealedFilesTest {

	static final int CHUNK = 1024;

	final byte[] contentKey = ContentKeys.newContentKey();

	final byte[] salt = hex("00112233445566778899aabbccddeeff");

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + CHUNK / 2 })
	void opensWhatItSealed(int size) throws Exception {
		byte[] plain = bytes(size);
		var sealedOut = new ByteArrayOutputStream();
		var sealed = SealedFiles.seal(new ByteArrayInputStream(plain), sealedOut, contentKey, salt, CHUNK);
		byte[] sealedBytes = sealedOut.toByteArray();

		assertThat(sealed.plainSize()).isEqualTo(size);
		assertThat(sealed.plainSha256Hex()).isEqualTo(sha256(plain));
		assertThat(sealed.sealedSize()).isEqualTo(sealedBytes.length).isEqualTo(SealedFiles.sealedSize(size, CHUNK));
		assertThat(sealed.sealedSha256Hex()).isEqualTo(sha256(sealedBytes));

		var plainOut = new ByteArrayOutputStream();
		var opened = SealedFiles.open(new ByteArrayInputStream(sealedBytes), plainOut, contentKey, salt, CHUNK);
		assertThat(plainOut.toByteArray()).isEqualTo(plain);
		assertThat(opened).isEqualTo(sealed);
	}

	@Test
	void anEmptyFileIsOneTagLong() throws Exception {
		assertThat(seal(new byte[0])).hasSize(16);
		assertThat(SealedFiles.chunkCount(0, CHUNK)).isOne();
	}

	@Test
	void countsChunksAndSealedSizes() {
		assertThat(SealedFiles.chunkCount(1, CHUNK)).isOne();
		assertThat(SealedFiles.chunkCount(CHUNK, CHUNK)).isOne();
		assertThat(SealedFiles.chunkCount(CHUNK + 1, CHUNK)).isEqualTo(2);
		assertThat(SealedFiles.sealedSize(10L << 30, SealedFiles.DEFAULT_CHUNK_SIZE)).isEqualTo((10L << 30) + 16 * 2560);
		assertThatIllegalArgumentException().isThrownBy(() -> SealedFiles.chunkCount(1, 1023));
		assertThatIllegalArgumentException().isThrownBy(() -> SealedFiles.chunkCount(1, SealedFiles.MAX_CHUNK_SIZE + 1));
	}

	@Test
	void knownAnswersFromWebCrypto() throws Exception {
		for (var vector : Vectors.load().sealedFiles()) {
			var sealedOut = new ByteArrayOutputStream();
			var sealed = SealedFiles.seal(new ByteArrayInputStream(hex(vector.plaintext())), sealedOut,
					hex(vector.contentKey()), hex(vector.salt()), vector.chunkSize());
			assertThat(HexFormat.of().formatHex(sealedOut.toByteArray())).as(vector.name()).isEqualTo(vector.sealed());
			assertThat(sealed.plainSha256Hex()).isEqualTo(vector.plainSha256());
			assertThat(sealed.sealedSha256Hex()).isEqualTo(vector.sealedSha256());

			var plainOut = new ByteArrayOutputStream();
			SealedFiles.open(new ByteArrayInputStream(hex(vector.sealed())), plainOut, hex(vector.contentKey()),
					hex(vector.salt()), vector.chunkSize());
			assertThat(plainOut.toByteArray()).as(vector.name()).isEqualTo(hex(vector.plaintext()));
		}
	}

	@Test
	void refusesAnAlteredTag() throws Exception {
		byte[] sealed = seal(bytes(2 * CHUNK + 10));
		sealed[2 * (CHUNK + 16) - 1] ^= 1;
		assertBroken(sealed, "chunk 1 does not open");
	}

	@Test
	void refusesAnAlteredCiphertextByte() throws Exception {
		byte[] sealed = seal(bytes(CHUNK / 2));
		sealed[0] ^= (byte) 0x80;
		assertBroken(sealed, "chunk 0 does not open");
	}

	@Test
	void refusesAFileWithoutItsLastChunk() throws Exception {
		byte[] sealed = seal(bytes(2 * CHUNK + 10));
		assertBroken(Arrays.copyOf(sealed, 2 * (CHUNK + 16)), "ends after chunk 1, which is not its last");
	}

	@Test
	void refusesAFileWithoutItsLastFullChunk() throws Exception {
		byte[] sealed = seal(bytes(2 * CHUNK));
		assertBroken(Arrays.copyOf(sealed, CHUNK + 16), "truncated");
	}

	@Test
	void refusesAFileCutInsideAChunk() throws Exception {
		byte[] sealed = seal(bytes(2 * CHUNK + 10));
		assertBroken(Arrays.copyOf(sealed, sealed.length - 1), "chunk 2 does not open");
		assertBroken(Arrays.copyOf(sealed, 2 * (CHUNK + 16) + 5), "cut short in chunk 2");
	}

	@Test
	void refusesAnEmptyStream() throws Exception {
		assertBroken(new byte[0], "empty");
	}

	@Test
	void refusesSwappedChunks() throws Exception {
		byte[] sealed = seal(bytes(3 * CHUNK));
		int n = CHUNK + 16;
		byte[] swapped = sealed.clone();
		System.arraycopy(sealed, 0, swapped, n, n);
		System.arraycopy(sealed, n, swapped, 0, n);
		assertBroken(swapped, "chunk 0 does not open");
	}

	@Test
	void refusesBytesAfterTheLastChunk() throws Exception {
		byte[] sealed = seal(bytes(CHUNK + 10));
		assertBroken(concat(sealed, new byte[1]), "chunk 1 does not open");
		byte[] fullLast = seal(bytes(2 * CHUNK));
		assertBroken(concat(fullLast, new byte[3]), "Bytes follow chunk 1");
		assertBroken(concat(fullLast, Arrays.copyOf(fullLast, CHUNK + 16)), "Bytes follow chunk 1");
	}

	@Test
	void refusesTheWrongKeySaltOrChunkSize() throws Exception {
		byte[] sealed = seal(bytes(CHUNK + 1));
		byte[] otherSalt = salt.clone();
		otherSalt[15] ^= 1;
		assertThatThrownBy(() -> SealedFiles.open(new ByteArrayInputStream(sealed), new ByteArrayOutputStream(),
				ContentKeys.newContentKey(), salt, CHUNK)).isInstanceOf(SealBrokenException.class);
		assertThatThrownBy(() -> SealedFiles.open(new ByteArrayInputStream(sealed), new ByteArrayOutputStream(),
				contentKey, otherSalt, CHUNK)).isInstanceOf(SealBrokenException.class);
		// The same bytes read with a larger chunk size form one chunk, whose nonce and aad differ.
		assertThatThrownBy(() -> SealedFiles.open(new ByteArrayInputStream(sealed), new ByteArrayOutputStream(),
				contentKey, salt, 2 * CHUNK)).isInstanceOf(SealBrokenException.class);
	}

	@Test
	void refusesKeysAndSaltsOfTheWrongLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> SealedFiles.seal(new ByteArrayInputStream(new byte[1]),
				new ByteArrayOutputStream(), new byte[16], salt, CHUNK));
		assertThatIllegalArgumentException().isThrownBy(() -> SealedFiles.seal(new ByteArrayInputStream(new byte[1]),
				new ByteArrayOutputStream(), contentKey, new byte[12], CHUNK));
	}

	@Test
	void aFileKeyOpensItsFileAndNoOther() throws Exception {
		byte[] plain = bytes(2 * CHUNK + 7);
		byte[] sealed = seal(plain);
		byte[] fileKey = SealedFiles.fileKey(contentKey, salt);

		var plainOut = new ByteArrayOutputStream();
		var opened = SealedFiles.openWithFileKey(new ByteArrayInputStream(sealed), plainOut, fileKey, salt, CHUNK);
		assertThat(plainOut.toByteArray()).isEqualTo(plain);
		assertThat(opened.plainSha256Hex()).isEqualTo(sha256(plain));

		// Another file of the same deposit has its own salt: this file's key does not open it.
		byte[] otherSalt = hex("ffeeddccbbaa99887766554433221100");
		var otherOut = new ByteArrayOutputStream();
		SealedFiles.seal(new ByteArrayInputStream(bytes(10)), otherOut, contentKey, otherSalt, CHUNK);
		assertThat(SealedFiles.fileKey(contentKey, otherSalt)).isNotEqualTo(fileKey);
		assertThatThrownBy(() -> SealedFiles.openWithFileKey(new ByteArrayInputStream(otherOut.toByteArray()),
				new ByteArrayOutputStream(), fileKey, otherSalt, CHUNK)).isInstanceOf(SealBrokenException.class);
	}

	@Test
	void aWrongFileKeyIsRefusedByTheTag() throws Exception {
		byte[] sealed = seal(bytes(CHUNK + 1));
		byte[] wrong = SealedFiles.fileKey(ContentKeys.newContentKey(), salt);
		assertThatThrownBy(() -> SealedFiles.openWithFileKey(new ByteArrayInputStream(sealed),
				new ByteArrayOutputStream(), wrong, salt, CHUNK)).isInstanceOf(SealBrokenException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> SealedFiles.openWithFileKey(
				new ByteArrayInputStream(sealed), new ByteArrayOutputStream(), new byte[16], salt, CHUNK));
	}

	byte[] seal(byte[] plain) throws IOException {
		var out = new ByteArrayOutputStream();
		SealedFiles.seal(new ByteArrayInputStream(plain), out, contentKey, salt, CHUNK);
		return out.toByteArray();
	}

	void assertBroken(byte[] sealed, String reason) {
		assertThatThrownBy(() -> SealedFiles.open(new ByteArrayInputStream(sealed), new ByteArrayOutputStream(),
				contentKey, salt, CHUNK)).isInstanceOf(SealBrokenException.class).hasMessageContaining(reason);
	}

	static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
