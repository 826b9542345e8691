package fr.openmarches.sealing;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869), the derivation WebCrypto offers; Java 21's JCA has none.
 */
final class Hkdf {

	private Hkdf() {
	}

	static byte[] sha256(byte[] ikm, byte[] salt, byte[] info, int length) {
		if (length < 1 || length > 255 * 32) {
			throw new IllegalArgumentException("HKDF-SHA256 yields 1 to 8160 bytes, not " + length);
		}
		try {
			var mac = Mac.getInstance("HmacSHA256");
			// An empty salt means a block of zeros (RFC 5869 §2.2); SecretKeySpec refuses empty keys.
			mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
			byte[] prk = mac.doFinal(ikm);
			mac.init(new SecretKeySpec(prk, "HmacSHA256"));
			var okm = new ByteArrayOutputStream(length + 32);
			byte[] block = new byte[0];
			for (int counter = 1; okm.size() < length; counter++) {
				mac.update(block);
				mac.update(info);
				mac.update((byte) counter);
				block = mac.doFinal();
				okm.writeBytes(block);
			}
			return java.util.Arrays.copyOf(okm.toByteArray(), length);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}
}
