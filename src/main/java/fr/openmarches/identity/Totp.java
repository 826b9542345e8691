package fr.openmarches.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them: HMAC-SHA-1, a new
 * 6-digit code every 30 seconds, counted from the Unix epoch.
 */
final class Totp {

	static final int DIGITS = 6;

	static final long STEP_SECONDS = 30;

	/** Steps accepted either side of now: phones' clocks drift, and typing takes time. */
	static final int TOLERANCE = 1;

	/** 160 bits, the size of an HMAC-SHA-1 key (RFC 4226 recommends it). */
	static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static byte[] newSecret() {
		var secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	/** The time step that contains {@code instant}. */
	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The 6-digit code of {@code step}. */
	static String code(byte[] secret, long step) {
		return code(secret, step, DIGITS);
	}

	/** RFC 4226 HOTP of the step counter, with dynamic truncation to {@code digits} digits. */
	static String code(byte[] secret, long step, int digits) {
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
					| (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has HmacSHA1", e);
		}
	}

	/**
	 * The step, within {@link #TOLERANCE} of {@code now}, whose code is {@code typed}; empty when
	 * none is. Spaces are ignored (apps show "123 456").
	 */
	static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
		if (typed == null) {
			return OptionalLong.empty();
		}
		var code = typed.replace(" ", "").strip();
		if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		var found = OptionalLong.empty();
		// Every step is computed and compared in constant time: timing tells nothing about the code.
		for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes()) && found.isEmpty()) {
				found = OptionalLong.of(step);
			}
		}
		return found;
	}
}
