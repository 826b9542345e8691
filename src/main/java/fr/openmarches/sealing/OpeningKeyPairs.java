package fr.openmarches.sealing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Base64;

/**
 * Opening key pairs of consultations (and commission members' personal key pairs): RSA 3072 bits,
 * e = 65537, used with RSA-OAEP-SHA256. In production the browser makes them ({@code keys.js});
 * Java makes them for demo data and tests, and reads the browser's.
 */
public final class OpeningKeyPairs {

	private OpeningKeyPairs() {
	}

	/** A new RSA 3072 key pair. */
	public static KeyPair generate() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(new RSAKeyGenParameterSpec(ContentKeys.MIN_MODULUS_BITS, RSAKeyGenParameterSpec.F4),
					ContentKeys.RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA 3072 is part of every JDK", e);
		}
	}

	/**
	 * A public key as the browser and the manifests carry it.
	 * @return SubjectPublicKeyInfo DER in standard base64, what {@link ContentKeys#publicKey} reads
	 */
	public static String spki(PublicKey publicKey) {
		return Base64.getEncoder().encodeToString(publicKey.getEncoded());
	}

	/**
	 * A private key as the browser's {@code generateKeyPair} exports it, or as Shamir combines it.
	 * @param pkcs8 PKCS#8 DER ({@link PrivateKey#getEncoded()} gives the same for a Java key)
	 * @throws IllegalArgumentException when the bytes are not an RSA private key
	 */
	public static PrivateKey privateKey(byte[] pkcs8) {
		try {
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (InvalidKeySpecException e) {
			throw new IllegalArgumentException("Not an RSA private key (PKCS#8 DER)", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA is part of every JDK", e);
		}
	}
}
