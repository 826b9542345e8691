package fr.openmarches.sealing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * A deposit's content key (32 random bytes, AES-256) and its wrapping under a consultation's
 * opening public key: RSA-OAEP with SHA-256 and MGF1-SHA-256, as WebCrypto does it.
 */
public final class ContentKeys {

	/** Opening keys smaller than this are refused: ANSSI's floor for RSA keys used after 2030. */
	public static final int MIN_MODULUS_BITS = 3072;

	static final SecureRandom RANDOM = new SecureRandom();

	// Spelled out: the JDK's "OAEPWithSHA-256AndMGF1Padding" means MGF1 with SHA-1, which WebCrypto
	// would not open.
	private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			PSource.PSpecified.DEFAULT);

	private ContentKeys() {
	}

	/** A fresh content key: one per deposit, never reused. */
	public static byte[] newContentKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	/**
	 * Wraps a content key for the holder of the opening private key.
	 * @param contentKey 32 bytes
	 * @param openingKey the consultation's opening public key (RSA, 3072 bits or more)
	 * @return the wrapped key, as long as the modulus (384 bytes for 3072 bits)
	 */
	public static byte[] wrap(byte[] contentKey, PublicKey openingKey) {
		FileChunks.requireLength(contentKey, 32, "content key");
		try {
			return oaep(Cipher.ENCRYPT_MODE, openingKey).doFinal(contentKey);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA-OAEP wraps 32 bytes under any RSA key of 3072 bits", e);
		}
	}

	/**
	 * Unwraps a content key with the opening private key (rebuilt at the opening session).
	 * @param wrapped what {@link #wrap} or the browser's {@code wrapContentKey} made
	 * @param openingKey the opening private key
	 * @return the 32-byte content key
	 * @throws SealBrokenException when the key was wrapped for another key pair, or altered
	 */
	public static byte[] unwrap(byte[] wrapped, PrivateKey openingKey) throws SealBrokenException {
		byte[] contentKey = oaepDecrypt(wrapped, openingKey, "wrapped content key");
		if (contentKey.length != 32) {
			throw new SealBrokenException("The wrapped key holds " + contentKey.length + " bytes, not a 32-byte content key");
		}
		return contentKey;
	}

	/**
	 * Reads a public key as the browser exports it.
	 * @param spkiBase64 SubjectPublicKeyInfo DER, standard base64
	 * @return the RSA public key
	 * @throws IllegalArgumentException when the text is not an RSA public key of 3072 bits or more
	 */
	public static PublicKey publicKey(String spkiBase64) {
		try {
			var key = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(spkiBase64)));
			if (key.getModulus().bitLength() < MIN_MODULUS_BITS) {
				throw new IllegalArgumentException("An opening key has at least " + MIN_MODULUS_BITS + " bits, not "
						+ key.getModulus().bitLength());
			}
			return key;
		}
		catch (InvalidKeySpecException e) {
			throw new IllegalArgumentException("Not an RSA public key (SubjectPublicKeyInfo DER in base64)", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA is part of every JDK", e);
		}
	}

	/**
	 * The fingerprint a manifest records next to a wrapped key, the same as the browser's
	 * {@code spkiFingerprint}.
	 * @param publicKey any public key
	 * @return SHA-256 of its SubjectPublicKeyInfo DER, 64 lower-case hex digits
	 */
	public static String fingerprint(PublicKey publicKey) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	static Cipher oaep(int mode, Key key) throws GeneralSecurityException {
		var cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
		cipher.init(mode, key, OAEP);
		return cipher;
	}

	static byte[] oaepDecrypt(byte[] wrapped, PrivateKey key, String what) throws SealBrokenException {
		try {
			return oaep(Cipher.DECRYPT_MODE, key).doFinal(wrapped);
		}
		catch (BadPaddingException | IllegalBlockSizeException e) {
			throw new SealBrokenException("The " + what + " does not open with this private key (another key pair, "
					+ "or altered)", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA-OAEP with SHA-256 is part of every JDK", e);
		}
	}
}
