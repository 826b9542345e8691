package fr.openmarches.opening;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public keys the opening module accepts, read from the SubjectPublicKeyInfo DER in base64 that
 * browsers export: RSA with a 3072-bit modulus and e = 65537, the only kind {@code docs/sealing.md}
 * allows for opening and member keys. A smaller or odd key is refused here rather than discovered
 * at the opening.
 */
final class PublicKeys {

	static final int MODULUS_BITS = 3072;

	private static final BigInteger EXPONENT = BigInteger.valueOf(65_537);

	private PublicKeys() {
	}

	/** The DER of {@code spkiBase64} once checked; {@code null} when it is not an acceptable key. */
	static byte[] checked(String spkiBase64) {
		if (spkiBase64 == null || spkiBase64.isBlank() || spkiBase64.length() > 4_096) {
			return null;
		}
		try {
			var der = Base64.getDecoder().decode(spkiBase64.strip());
			var key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
			if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() == MODULUS_BITS
					&& rsa.getPublicExponent().equals(EXPONENT)) {
				return der;
			}
			return null;
		}
		catch (IllegalArgumentException | GeneralSecurityException e) {
			return null;
		}
	}

	/** The SHA-256 of the key's SPKI DER, in lowercase hexadecimal, as receipts and manifests name keys. */
	static String fingerprint(byte[] spkiDer) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spkiDer));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}
}
