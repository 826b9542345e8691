package fr.openmarches.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token: it authenticates its owner's scripts as the owner, until it expires or is
 * revoked. Only the SHA-256 of its secret is kept, with the secret's first characters as a hint.
 */
@Entity
@Table(schema = "identity", name = "api_token")
class ApiToken {

	/** Last use is written at most this often: a 10 GB upload makes thousands of requests. */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(nullable = false)
	private String name;

	@Column(name = "secret_sha256", nullable = false)
	private byte[] secretSha256;

	@Column(nullable = false)
	private String hint;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Null: never expires. */
	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	/** Null: in force (unless expired). */
	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(AccountId owner, String name, byte[] secretSha256, String hint, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.accountId = owner.value();
		this.name = name;
		this.secretSha256 = secretSha256;
		this.hint = hint;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return id;
	}

	AccountId owner() {
		return new AccountId(accountId);
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	boolean isExpired(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt);
	}

	/** Revokes the token; revoking it again changes nothing. */
	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/** Notes a use; true when the row changed (once a minute at most). */
	boolean use(Instant now) {
		if (lastUsedAt != null && lastUsedAt.plus(LAST_USE_PRECISION).isAfter(now)) {
			return false;
		}
		lastUsedAt = now;
		return true;
	}

	ApiTokenView view(Instant now) {
		var state = revokedAt != null ? ApiTokenView.State.REVOKED
				: isExpired(now) ? ApiTokenView.State.EXPIRED : ApiTokenView.State.ACTIVE;
		return new ApiTokenView(id, name, hint, createdAt, expiresAt, lastUsedAt, revokedAt, state);
	}
}
