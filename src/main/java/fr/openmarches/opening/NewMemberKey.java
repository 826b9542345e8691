package fr.openmarches.opening;

/**
 * A member key pair as the member's browser made it.
 *
 * @param publicKey RSA-OAEP 3072 public key, SubjectPublicKeyInfo DER in base64
 * @param protectedPrivateKey the PKCS#8 private key in a passphrase box (JSON object, opaque to the server)
 */
public record NewMemberKey(String publicKey, String protectedPrivateKey) {
}
