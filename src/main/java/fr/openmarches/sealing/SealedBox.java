package fr.openmarches.sealing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;

/**
 * Bytes of any length sealed for the holder of an RSA private key, e.g. a commission member's share
 * of the opening key: a fresh AES-256-GCM key encrypts the bytes and is wrapped with RSA-OAEP-SHA256
 * (an RSA-3072 block holds at most 318 bytes). The components are the JSON fields of the browser's
 * {@code sealBox}, all binary values in standard base64.
 *
 * @param v format version, 1
 * @param wrappedKey the AES key, wrapped with RSA-OAEP-SHA256 for the recipient
 * @param iv the 12-byte GCM nonce
 * @param ciphertext the sealed bytes followed by the 16-byte tag
 */
public record SealedBox(int v, String wrappedKey, String iv, String ciphertext) {

	/**
	 * Seals bytes for a recipient.
	 * @param bytes what to seal
	 * @param recipient the recipient's RSA public key
	 */
	public static SealedBox seal(byte[] bytes, PublicKey recipient) {
		byte[] boxKey = ContentKeys.newContentKey();
		byte[] iv = BoxCipher.newIv();
		try {
			byte[] wrapped = ContentKeys.oaep(Cipher.ENCRYPT_MODE, recipient).doFinal(boxKey);
			return new SealedBox(1, BoxCipher.base64(wrapped), BoxCipher.base64(iv),
					BoxCipher.base64(BoxCipher.encrypt(boxKey, iv, bytes)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA-OAEP wraps 32 bytes under any RSA key of 3072 bits", e);
		}
		finally {
			Arrays.fill(boxKey, (byte) 0);
		}
	}

	/**
	 * Opens the box.
	 * @param recipient the private key it was sealed for
	 * @return the sealed bytes
	 * @throws SealBrokenException when the box is for another key, altered or malformed
	 */
	public byte[] open(PrivateKey recipient) throws SealBrokenException {
		if (v != 1) {
			throw new SealBrokenException("Unknown sealed box version " + v);
		}
		byte[] boxKey = ContentKeys.oaepDecrypt(BoxCipher.field(wrappedKey, "wrappedKey"), recipient, "sealed box");
		try {
			return BoxCipher.decrypt(boxKey, BoxCipher.field(iv, "iv"), BoxCipher.field(ciphertext, "ciphertext"));
		}
		catch (AEADBadTagException e) {
			throw new SealBrokenException("The sealed box was altered", e);
		}
		finally {
			Arrays.fill(boxKey, (byte) 0);
		}
	}
}
