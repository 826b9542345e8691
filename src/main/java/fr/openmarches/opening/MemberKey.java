package fr.openmarches.opening;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A commission member's personal key pair: the public key that shares are sealed for, and the
 * private key as the member's browser protected it with their passphrase, kept here so that they
 * can open from any machine. The server never sees the passphrase.
 */
@Entity
@Table(schema = "opening", name = "member_key")
class MemberKey {

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	@Column(name = "public_key", nullable = false)
	private String publicKey;

	@Column(nullable = false)
	private String fingerprint;

	@Column(name = "protected_private_key", nullable = false)
	private String protectedPrivateKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected MemberKey() {
	}

	MemberKey(AccountId member) {
		this.accountId = member.value();
	}

	/** Takes a new key pair (the first, or a replacement the caller allowed). */
	void replace(String publicKey, String fingerprint, String protectedPrivateKey, Instant now) {
		this.publicKey = publicKey;
		this.fingerprint = fingerprint;
		this.protectedPrivateKey = protectedPrivateKey;
		this.createdAt = now;
	}

	AccountId member() {
		return new AccountId(accountId);
	}

	String publicKey() {
		return publicKey;
	}

	String fingerprint() {
		return fingerprint;
	}

	String protectedPrivateKey() {
		return protectedPrivateKey;
	}

	Instant createdAt() {
		return createdAt;
	}
}
