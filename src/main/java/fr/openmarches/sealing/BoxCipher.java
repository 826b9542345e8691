package fr.openmarches.sealing;

import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM over a whole small value (a key, a share), with a 12-byte nonce: the inside of both boxes. */
final class BoxCipher {

	private BoxCipher() {
	}

	static byte[] newIv() {
		byte[] iv = new byte[12];
		ContentKeys.RANDOM.nextBytes(iv);
		return iv;
	}

	static byte[] encrypt(byte[] key, byte[] iv, byte[] plain) {
		try {
			return cipher(Cipher.ENCRYPT_MODE, key, iv).doFinal(plain);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every JDK", e);
		}
	}

	static byte[] decrypt(byte[] key, byte[] iv, byte[] sealed) throws AEADBadTagException {
		try {
			return cipher(Cipher.DECRYPT_MODE, key, iv).doFinal(sealed);
		}
		catch (AEADBadTagException e) {
			throw e;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every JDK", e);
		}
	}

	/** Decodes a base64 field of a box, naming it when it is not base64. */
	static byte[] field(String base64, String name) throws SealBrokenException {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new SealBrokenException("The box's " + name + " is not base64", e);
		}
	}

	static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
		if (iv.length != 12) {
			throw new AEADBadTagException("A box's iv is 12 bytes, not " + iv.length);
		}
		var cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
		return cipher;
	}
}
