package fr.openmarches.sealing;

import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Bytes (a private key) protected by a passphrase: PBKDF2-HMAC-SHA256 over the passphrase's UTF-8
 * bytes in Unicode NFC, 600 000 iterations, 16-byte salt, then AES-256-GCM. The components are the
 * JSON fields of the browser's {@code protectWithPassphrase}, binary values in standard base64.
 *
 * @param v format version, 1
 * @param kdf {@code "PBKDF2-SHA256"}
 * @param iterations PBKDF2 iterations, {@value #ITERATIONS} for new boxes
 * @param salt the 16-byte PBKDF2 salt
 * @param iv the 12-byte GCM nonce
 * @param ciphertext the protected bytes followed by the 16-byte tag
 */
public record PassphraseBox(int v, String kdf, int iterations, String salt, String iv, String ciphertext) {

	/** PBKDF2-HMAC-SHA256 iterations for new boxes: OWASP's 2023 figure. */
	public static final int ITERATIONS = 600_000;

	/** The key derivation this format names. */
	public static final String KDF = "PBKDF2-SHA256";

	// Fewer would be a weakened box; far more, a crafted box that keeps a thread busy for minutes.
	private static final int MAX_ITERATIONS = 10_000_000;

	/**
	 * Protects bytes with a passphrase.
	 * @param bytes what to protect
	 * @param passphrase not empty
	 */
	public static PassphraseBox protect(byte[] bytes, String passphrase) {
		byte[] salt = new byte[16];
		ContentKeys.RANDOM.nextBytes(salt);
		byte[] iv = BoxCipher.newIv();
		byte[] key = key(passphrase, salt, ITERATIONS);
		try {
			return new PassphraseBox(1, KDF, ITERATIONS, BoxCipher.base64(salt), BoxCipher.base64(iv),
					BoxCipher.base64(BoxCipher.encrypt(key, iv, bytes)));
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	/**
	 * Opens the box.
	 * @param passphrase the passphrase it was protected with
	 * @return the protected bytes
	 * @throws SealBrokenException when the passphrase is wrong (or the box altered or malformed)
	 */
	public byte[] unprotect(String passphrase) throws SealBrokenException {
		if (v != 1 || !KDF.equals(kdf)) {
			throw new SealBrokenException("Unknown passphrase box: version " + v + ", key derivation " + kdf);
		}
		if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
			throw new SealBrokenException(
					"PBKDF2 iterations must be from " + ITERATIONS + " to " + MAX_ITERATIONS + ", not " + iterations);
		}
		byte[] key = key(passphrase, BoxCipher.field(salt, "salt"), iterations);
		try {
			return BoxCipher.decrypt(key, BoxCipher.field(iv, "iv"), BoxCipher.field(ciphertext, "ciphertext"));
		}
		catch (AEADBadTagException e) {
			throw new SealBrokenException("Wrong passphrase (or the protected data was altered)", e);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	private static byte[] key(String passphrase, byte[] salt, int iterations) {
		if (passphrase == null || passphrase.isEmpty()) {
			throw new IllegalArgumentException("The passphrase must not be empty");
		}
		// The JDK's PBKDF2 feeds HMAC the password's UTF-8 bytes, as WebCrypto does with TextEncoder.
		char[] chars = Normalizer.normalize(passphrase, Normalizer.Form.NFC).toCharArray();
		var spec = new PBEKeySpec(chars, salt, iterations, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
		}
		finally {
			spec.clearPassword();
			Arrays.fill(chars, '\0');
		}
	}
}
