package fr.openmarches.identity;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and account security.
 *
 * @param totpEncryptionKey base64 of 32 random bytes: the AES key that seals two-factor secrets in
 * the database. Every instance needs the same one; when unset, {@code secretKeyFile} is used
 * @param secretKeyFile where a key is kept (generated on first start) when none is configured:
 * fine on one machine, not for several instances
 * @param throttle how many failed attempts are tolerated before refusing for a while
 * @param passwordReset links sent by mail to choose a new password
 * @param secondFactor sign-in with a code from an authenticator app
 */
@ConfigurationProperties("openmarches.identity")
record IdentityProperties(String totpEncryptionKey, @DefaultValue("data/identity-secret.key") Path secretKeyFile,
		@DefaultValue Throttling throttle, @DefaultValue PasswordReset passwordReset,
		@DefaultValue SecondFactor secondFactor) {

	/**
	 * @param failuresPerEmail failed sign-ins for one email address before it is blocked
	 * @param failuresPerAddress failed sign-ins from one network address (IPv6: its /64) before it
	 * is blocked, whatever the emails tried
	 * @param failuresPerSecondFactor wrong two-factor codes for one person before they are blocked
	 * @param window failures count within this time from the first one
	 * @param block how long the first block lasts; each further block doubles it
	 * @param longestBlock the doubling stops here
	 * @param blockMemory how long after a block ends the next one still counts as repeated
	 */
	record Throttling(@DefaultValue("5") int failuresPerEmail, @DefaultValue("50") int failuresPerAddress,
			@DefaultValue("5") int failuresPerSecondFactor, @DefaultValue("15m") Duration window,
			@DefaultValue("15m") Duration block, @DefaultValue("4h") Duration longestBlock,
			@DefaultValue("24h") Duration blockMemory) {

		ThrottlePolicy policy(int maxFailures) {
			return new ThrottlePolicy(maxFailures, window, block, longestBlock, blockMemory);
		}
	}

	/**
	 * @param linkValidity how long a link sent by mail may be used (once)
	 * @param invitationValidity how long the link of an invitation to join the platform may be used
	 * @param requestsPerHour links sent to one account per hour at most; further requests are
	 * silently ignored, so the form cannot be used to flood someone's mailbox
	 */
	record PasswordReset(@DefaultValue("1h") Duration linkValidity, @DefaultValue("3") int requestsPerHour,
			@DefaultValue("7d") Duration invitationValidity) {
	}

	/**
	 * @param timeToType how long, after the password was accepted, the code may be typed
	 */
	record SecondFactor(@DefaultValue("5m") Duration timeToType) {
	}
}
