package fr.openmarches.opening;

/**
 * A consultation's opening public key, as suppliers' browsers and the command-line client fetch it
 * to seal their bids.
 *
 * @param algorithm always {@link #ALGORITHM}
 * @param publicKey SubjectPublicKeyInfo DER in base64
 * @param fingerprint SHA-256 of that DER, in hexadecimal
 */
public record OpeningKey(String algorithm, String publicKey, String fingerprint) {

	public static final String ALGORITHM = "RSA-OAEP-3072-SHA256";
}
