package fr.openmarches.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openmarches.platform.LegalTime;

/**
 * Personal API tokens: a signed-in person makes them for their scripts and the command-line client;
 * a request bearing one ({@code Authorization: Bearer om_…}) on {@code /api/v1/**} acts as that
 * person, with their roles of the moment. The secret is 32 random bytes shown once; only its SHA-256
 * is kept (a secret this random needs no slow hash).
 */
@Service
public class PersonalTokens {

	/** Every secret starts so, which lets secret scanners and people recognise one. */
	public static final String PREFIX = "om_";

	static final int MAX_NAME_LENGTH = 80;

	static final int MAX_ACTIVE = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final Clock clock;

	PersonalTokens(ApiTokens tokens, Accounts accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Makes a token.
	 * @param name what it is for, 1 to 80 characters
	 * @param lastDay the last day (Paris) it works, or null for no expiry
	 * @return the token and its secret, which is never shown again
	 * @throws ApiTokenRefusedException on a missing or long name, a day in the past, or too many tokens
	 */
	@Transactional
	public NewApiToken create(AccountId owner, String name, LocalDate lastDay) {
		var trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new ApiTokenRefusedException("identity.tokens.error.name");
		}
		if (trimmed.length() > MAX_NAME_LENGTH) {
			throw new ApiTokenRefusedException("identity.tokens.error.nameLength");
		}
		var now = clock.instant();
		if (lastDay != null && lastDay.isBefore(LocalDate.now(clock.withZone(LegalTime.ZONE)))) {
			throw new ApiTokenRefusedException("identity.tokens.error.past");
		}
		if (tokens.countByAccountIdAndRevokedAtIsNull(owner.value()) >= MAX_ACTIVE) {
			throw new ApiTokenRefusedException("identity.tokens.error.tooMany");
		}
		var random = new byte[32];
		RANDOM.nextBytes(random);
		var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		var expiresAt = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant();
		var token = tokens.save(new ApiToken(owner, trimmed, sha256(secret), secret.substring(0, PREFIX.length() + 6),
				now, expiresAt));
		return new NewApiToken(token.view(now), secret);
	}

	/** The person's tokens, newest first, revoked and expired ones included. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> of(AccountId owner) {
		var now = clock.instant();
		return tokens.findByAccountIdOrderByCreatedAtDesc(owner.value()).stream().map(token -> token.view(now)).toList();
	}

	/** Revokes one of the person's tokens at once; false when they have none with this id. */
	@Transactional
	public boolean revoke(AccountId owner, UUID id) {
		var token = tokens.findByIdAndAccountId(id, owner.value());
		token.ifPresent(found -> found.revoke(clock.instant()));
		return token.isPresent();
	}

	/**
	 * The person a secret authenticates, noting the use; empty with the reason otherwise.
	 */
	@Transactional
	Check check(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return new Check(Optional.empty(), "identity.tokens.refused.unknown");
		}
		var now = clock.instant();
		var found = tokens.findBySecretSha256(sha256(secret));
		if (found.isEmpty()) {
			return new Check(Optional.empty(), "identity.tokens.refused.unknown");
		}
		var token = found.get();
		if (token.isRevoked()) {
			return new Check(Optional.empty(), "identity.tokens.refused.revoked");
		}
		if (token.isExpired(now)) {
			return new Check(Optional.empty(), "identity.tokens.refused.expired");
		}
		var account = accounts.findById(token.owner().value());
		if (account.isEmpty() || account.get().isLocked() || account.get().isInvited()) {
			return new Check(Optional.empty(), "identity.tokens.refused.account");
		}
		token.use(now);
		var person = account.get().signedIn();
		person.eraseCredentials();
		return new Check(Optional.of(person), null);
	}

	/** @param person who the secret authenticates, or empty; @param refusal why not (a message key) */
	record Check(Optional<SignedInUser> person, String refusal) {
	}

	static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** A token just made, with its secret: show it once, never store it. */
	public record NewApiToken(ApiTokenView token, String secret) {
	}
}
