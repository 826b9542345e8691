package fr.openmarches.identity;

import fr.openmarches.platform.SecretToken;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link sent by mail to choose a new password. Usable once, for a limited time; the token itself
 * is never stored, only its hash.
 */
@Entity
@Table(schema = "identity", name = "password_reset_link")
class PasswordResetLink {

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "token_hash", nullable = false, unique = true)
	private byte[] tokenHash;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	/** When it was used, or made useless by another link's use; null while it may be used. */
	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordResetLink() {
	}

	PasswordResetLink(AccountId account, SecretToken token, Instant now, Duration validity) {
		this.id = UUID.randomUUID();
		this.accountId = account.value();
		this.tokenHash = token.hash();
		this.requestedAt = now;
		this.expiresAt = now.plus(validity);
	}

	AccountId accountId() {
		return new AccountId(accountId);
	}

	boolean isUsableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	/** Marks the link used; it cannot be used again. */
	void use(Instant now) {
		if (!isUsableAt(now)) {
			throw new IllegalStateException("This link was used or has expired");
		}
		usedAt = now;
	}

	/** Another link of the same person was used: this one is useless from now on. */
	void revoke(Instant now) {
		if (usedAt == null) {
			usedAt = now;
		}
	}
}
