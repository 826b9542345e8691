package fr.openmarches.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What failed attempts are counted against. The key is a hash: the table of failures must not
 * become a list of the addresses people typed or came from.
 */
record ThrottleSubject(Kind kind, String key) {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]+(%\\w+)?");

	static ThrottleSubject email(String email) {
		return new ThrottleSubject(Kind.EMAIL, Kind.EMAIL.prefix + sha256(Account.normalise(email)));
	}

	/** IPv6 addresses count by /64: one machine usually holds a whole /64. */
	static ThrottleSubject address(String address) {
		return new ThrottleSubject(Kind.ADDRESS, Kind.ADDRESS.prefix + sha256(networkOf(address)));
	}

	static ThrottleSubject secondFactor(AccountId account) {
		return new ThrottleSubject(Kind.SECOND_FACTOR, Kind.SECOND_FACTOR.prefix + sha256(account.toString()));
	}

	static String networkOf(String address) {
		var literal = address.strip();
		if (!literal.contains(":") || !IP_LITERAL.matcher(literal).matches()) {
			return literal;
		}
		try {
			// A literal: no name lookup happens.
			var bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			var network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
			return InetAddress.getByAddress(network).getHostAddress() + "/64";
		}
		catch (UnknownHostException e) {
			return literal;
		}
	}

	private static String sha256(String value) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	enum Kind {
		/** Sign-ins with one email address, whether an account has it or not. */
		EMAIL("email:"),
		/** Sign-ins from one network address, whatever the email addresses tried. */
		ADDRESS("address:"),
		/** Codes typed by one person for two-factor sign-in or settings. */
		SECOND_FACTOR("totp:");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}
	}
}
