package fr.openmarches.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chunks of one sealed file (format OMS1): its key, derived from the deposit's content key and
 * the file's salt, and the nonce and associated data of each chunk. One instance per file and
 * thread (a {@link Cipher} is not thread-safe).
 */
final class FileChunks {

	static final int TAG_LENGTH = 16;

	private static final byte[] INFO = "openmarches/sealed-file/v1".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] MAGIC = "OMS1".getBytes(StandardCharsets.US_ASCII);

	private static final long MAX_CHUNKS = 1L << 32;

	/** Bytes given to the cipher at once when sealing. */
	static final int SLICE = 64 * 1024;

	private final SecretKeySpec fileKey;

	private final byte[] aad;

	private final Cipher cipher;

	FileChunks(byte[] contentKey, byte[] salt, int chunkSize) {
		this(new SecretKeySpec(fileKey(contentKey, salt), "AES"), salt, chunkSize);
	}

	/** The chunks of a file whose key was derived elsewhere (by the opening session's host browser). */
	static FileChunks ofFileKey(byte[] fileKey, byte[] salt, int chunkSize) {
		requireLength(fileKey, 32, "file key");
		return new FileChunks(new SecretKeySpec(fileKey, "AES"), salt, chunkSize);
	}

	/** {@code HKDF-SHA256(ikm = contentKey, salt = salt, info = "openmarches/sealed-file/v1", L = 32)}. */
	static byte[] fileKey(byte[] contentKey, byte[] salt) {
		requireLength(contentKey, 32, "content key");
		requireLength(salt, 16, "salt");
		return Hkdf.sha256(contentKey, salt, INFO, 32);
	}

	private FileChunks(SecretKeySpec fileKey, byte[] salt, int chunkSize) {
		requireLength(salt, 16, "salt");
		SealedFiles.requireChunkSize(chunkSize);
		this.fileKey = fileKey;
		this.aad = ByteBuffer.allocate(24).put(MAGIC).putInt(chunkSize).put(salt).array();
		try {
			this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every JDK", e);
		}
	}

	/**
	 * Seals {@code length} bytes of {@code plain} into {@code sealed}; returns the sealed length. The
	 * chunk goes through the cipher in slices of {@link #SLICE} bytes: the same bytes as one call,
	 * but a few calls per chunk instead of one let the JIT compile the JDK's AES-GCM intrinsics
	 * early (one 4 MiB call per chunk ran interpreted for gigabytes, at about a fifth of the speed).
	 */
	int seal(long index, boolean last, byte[] plain, int length, byte[] sealed) {
		try {
			cipher.init(Cipher.ENCRYPT_MODE, fileKey, nonce(index, last));
			cipher.updateAAD(aad);
			int offset = 0;
			int written = 0;
			while (length - offset > SLICE) {
				written += cipher.update(plain, offset, SLICE, sealed, written);
				offset += SLICE;
			}
			return written + cipher.doFinal(plain, offset, length - offset, sealed, written);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Sealing a chunk cannot fail with a valid key and buffer", e);
		}
	}

	/**
	 * Opens {@code length} bytes of {@code sealed} into {@code plain}; returns the plain length, or
	 * -1 when the tag does not match (nothing meaningful is left in {@code plain} then).
	 */
	int open(long index, boolean last, byte[] sealed, int length, byte[] plain) {
		try {
			cipher.init(Cipher.DECRYPT_MODE, fileKey, nonce(index, last));
			cipher.updateAAD(aad);
			return cipher.doFinal(sealed, 0, length, plain, 0);
		}
		catch (AEADBadTagException e) {
			return -1;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Opening a chunk cannot fail but on its tag with a valid key and buffer", e);
		}
	}

	/** nonce = 7 zero bytes ‖ uint32_be(index) ‖ last (0x01 for the final chunk, else 0x00). */
	private static GCMParameterSpec nonce(long index, boolean last) {
		if (index < 0 || index >= MAX_CHUNKS) {
			throw new IllegalArgumentException("A sealed file has at most 2^32 chunks; use larger chunks");
		}
		byte[] nonce = ByteBuffer.allocate(12).position(7).putInt((int) index).put((byte) (last ? 1 : 0)).array();
		return new GCMParameterSpec(TAG_LENGTH * 8, nonce);
	}

	static void requireLength(byte[] bytes, int length, String what) {
		if (bytes == null || bytes.length != length) {
			throw new IllegalArgumentException("The " + what + " must be " + length + " bytes");
		}
	}
}
