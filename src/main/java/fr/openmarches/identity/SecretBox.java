package fr.openmarches.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals small secrets (two-factor keys) with AES-256-GCM before they reach the database, so that
 * a copy of the database alone does not let anyone compute people's codes. The context (the
 * account id) is bound as associated data: a sealed secret copied to another account won't open.
 */
final class SecretBox {

	static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	SecretBox(byte[] key) {
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** A random nonce followed by the ciphertext and its tag. */
	byte[] seal(byte[] plain, byte[] context) {
		var nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context);
			var sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is unavailable", e);
		}
	}

	/**
	 * @throws IllegalArgumentException when the box was sealed with another key or context, or
	 * was altered
	 */
	byte[] open(byte[] sealed, byte[] context) {
		if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("Too short to be a sealed secret");
		}
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key,
					new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 0, NONCE_BYTES)));
			cipher.updateAAD(context);
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (AEADBadTagException e) {
			throw new IllegalArgumentException("Sealed with another key or context, or altered", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is unavailable", e);
		}
	}
}
