package fr.openmarches.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's authenticator app: the TOTP secret they share with it (sealed), whether they
 * confirmed it (two-factor sign-in is on from then), and the last step whose code was accepted,
 * so that a code seen over someone's shoulder cannot be used again.
 */
@Entity
@Table(schema = "identity", name = "authenticator")
class Authenticator {

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	@Column(name = "sealed_secret", nullable = false)
	private byte[] sealedSecret;

	/** Null until the person typed a first code: until then, sign-in asks for no code. */
	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "last_used_step", nullable = false)
	private long lastUsedStep;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Authenticator() {
	}

	Authenticator(AccountId accountId, byte[] sealedSecret, Instant now) {
		this.accountId = accountId.value();
		this.sealedSecret = sealedSecret;
		this.createdAt = now;
	}

	AccountId accountId() {
		return new AccountId(accountId);
	}

	byte[] sealedSecret() {
		return sealedSecret;
	}

	boolean isConfirmed() {
		return confirmedAt != null;
	}

	Instant confirmedAt() {
		return confirmedAt;
	}

	/** Replaces the secret of an enrolment the person has not confirmed yet. */
	void replaceSecret(byte[] sealedSecret, Instant now) {
		if (isConfirmed()) {
			throw new IllegalStateException("Two-factor sign-in is on: turn it off before enrolling again");
		}
		this.sealedSecret = sealedSecret;
		this.createdAt = now;
		this.lastUsedStep = 0;
	}

	/**
	 * Accepts the code of {@code step} once: false when that step, or a later one, was already used.
	 */
	boolean use(long step) {
		if (step <= lastUsedStep) {
			return false;
		}
		lastUsedStep = step;
		return true;
	}

	void confirm(Instant now) {
		if (isConfirmed()) {
			throw new IllegalStateException("Already confirmed");
		}
		confirmedAt = now;
	}
}
