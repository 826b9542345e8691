package fr.openmarches.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who can sign in. Email addresses are unique, compared in lower case. */
@Entity
@Table(schema = "identity", name = "account")
class Account {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "given_name", nullable = false)
	private String givenName;

	@Column(name = "family_name", nullable = false)
	private String familyName;

	private String phone;

	private String fax;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	/** Why the account is locked, shown to its owner when they try to sign in. */
	@Column(name = "locked_reason")
	private String lockedReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "identity", name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(AccountId id, String email, String passwordHash, String givenName, String familyName, String phone,
			String fax, Set<Role> roles, Instant createdAt) {
		this.id = id.value();
		this.email = normalise(email);
		this.passwordHash = passwordHash;
		this.givenName = givenName.strip();
		this.familyName = familyName.strip();
		this.phone = blankToNull(phone);
		this.fax = blankToNull(fax);
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.status = Status.ACTIVE;
		this.createdAt = createdAt;
	}

	/** An account opened for someone else, who chooses their password through a mailed link. */
	static Account invited(AccountId id, String email, String unusablePasswordHash, String givenName,
			String familyName, String phone, Set<Role> roles, Instant createdAt) {
		var account = new Account(id, email, unusablePasswordHash, givenName, familyName, phone, null, roles,
				createdAt);
		account.status = Status.INVITED;
		return account;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	AccountId id() {
		return new AccountId(id);
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	/** A new password; an invited person who chooses theirs becomes an active member. */
	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		if (status == Status.INVITED) {
			status = Status.ACTIVE;
		}
	}

	boolean isInvited() {
		return status == Status.INVITED;
	}

	Set<Role> roles() {
		return roles;
	}

	void grant(Role role) {
		roles.add(role);
	}

	void revoke(Role role) {
		roles.remove(role);
	}

	boolean isLocked() {
		return status == Status.LOCKED;
	}

	String lockedReason() {
		return lockedReason;
	}

	/** Locks the account: its owner can no longer sign in and is told {@code reason}. */
	void lock(String reason) {
		this.status = Status.LOCKED;
		this.lockedReason = reason == null || reason.isBlank() ? "" : reason.strip();
	}

	void unlock() {
		if (status != Status.LOCKED) {
			throw new IllegalStateException("Account " + id + " is not locked");
		}
		this.status = Status.ACTIVE;
		this.lockedReason = null;
	}

	void updateContact(String givenName, String familyName, String phone, String fax) {
		if (givenName == null || givenName.isBlank() || familyName == null || familyName.isBlank()) {
			throw new IllegalArgumentException("A name and a first name are required");
		}
		this.givenName = givenName.strip();
		this.familyName = familyName.strip();
		this.phone = blankToNull(phone);
		this.fax = blankToNull(fax);
	}

	AccountView view() {
		return new AccountView(id(), email, givenName, familyName, phone, fax, Set.copyOf(roles), isLocked(),
				isInvited());
	}

	SignedInUser signedIn() {
		return new SignedInUser(id(), email, givenName + " " + familyName, roles, isLocked() ? lockedReason() : null,
				passwordHash);
	}

	/** Whether the person may sign in. */
	enum Status {
		/** Invited by someone else; becomes ACTIVE when the person chooses a password. */
		INVITED,
		/** Signs in normally. */
		ACTIVE,
		/** Locked by an administrator (of the company, entity or platform); sign-in is refused. */
		LOCKED
	}
}
