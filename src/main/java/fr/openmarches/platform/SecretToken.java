package fr.openmarches.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a link sent by mail (password reset, invitation, unsubscribe): 32 random bytes in
 * base64url. Only its SHA-256 is stored, so that reading the database gives no usable link; a
 * plain hash is enough because the token has 256 bits of entropy (nothing to guess, unlike a
 * password).
 */
public record SecretToken(String value) {

	public static final int BYTES = 32;

	/** 32 bytes in base64url without padding are 43 characters. */
	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	public static SecretToken generate() {
		var bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether {@code text} can be a token at all (anything else is refused without a query). */
	public static boolean isWellFormed(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}

	public byte[] hash() {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	@Override
	public String toString() {
		return "SecretToken[…]";
	}
}
