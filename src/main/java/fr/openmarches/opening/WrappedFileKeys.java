package fr.openmarches.opening;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Opened pieces' file keys at rest: AES-256-GCM under the platform key
 * ({@code openmarches.opening.file-key-wrapping-key}), a fresh 12-byte nonce each, the piece
 * (deposit and position) as associated data so that a wrapped key moved to another row does not
 * unwrap. Stored as base64 of nonce ‖ ciphertext ‖ tag.
 */
@Component
@EnableConfigurationProperties(OpeningProperties.class)
class WrappedFileKeys {

	private static final Logger log = LoggerFactory.getLogger(WrappedFileKeys.class);

	static final int FILE_KEY_LENGTH = 32;

	private static final int NONCE_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	WrappedFileKeys(OpeningProperties properties) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(properties.fileKeyWrappingKey().strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("openmarches.opening.file-key-wrapping-key is not base64", e);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(
					"openmarches.opening.file-key-wrapping-key must be 32 bytes in base64, not " + bytes.length);
		}
		if (OpeningProperties.DEVELOPMENT_KEY.equals(properties.fileKeyWrappingKey().strip())) {
			log.warn("Opened pieces' file keys are wrapped under the public development key: "
					+ "set openmarches.opening.file-key-wrapping-key in production");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	/** The file key of piece {@code piece}, wrapped. */
	String wrap(byte[] fileKey, PieceResult.Key piece) {
		if (fileKey.length != FILE_KEY_LENGTH) {
			throw new IllegalArgumentException("A file key has 32 bytes");
		}
		byte[] nonce = new byte[NONCE_LENGTH];
		random.nextBytes(nonce);
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(piece));
			byte[] sealed = cipher.doFinal(fileKey);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every JDK", e);
		}
	}

	/**
	 * The file key of piece {@code piece}.
	 * @throws IllegalStateException when it does not unwrap (another platform key, or altered)
	 */
	byte[] unwrap(String wrapped, PieceResult.Key piece) {
		byte[] bytes = Base64.getDecoder().decode(wrapped);
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_LENGTH));
			cipher.updateAAD(associatedData(piece));
			return cipher.doFinal(bytes, NONCE_LENGTH, bytes.length - NONCE_LENGTH);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The file key of piece " + piece
					+ " does not unwrap: another platform key (openmarches.opening.file-key-wrapping-key) or altered", e);
		}
	}

	private static byte[] associatedData(PieceResult.Key piece) {
		return ("openmarches/file-key/v1/" + piece.depositId() + "/" + piece.position()).getBytes(StandardCharsets.UTF_8);
	}
}
