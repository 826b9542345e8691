package fr.openmarches.company;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.Siret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person of a company, by their identity account. Part of the {@link Company} aggregate, which
 * alone changes it (and keeps an active administrator).
 */
@Entity
@Table(schema = "company", name = "member")
class Member {

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyRole role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	/** Why an administrator locked the member; the person is told at sign-in. */
	@Column(name = "locked_reason")
	private String lockedReason;

	/** The establishment the person works at, if they said. */
	@Column(name = "establishment_siret")
	private String establishmentSiret;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected Member() {
	}

	Member(AccountId account, CompanyRole role, Instant joinedAt) {
		this.id = UUID.randomUUID();
		this.accountId = account.value();
		this.role = role;
		this.status = Status.ACTIVE;
		this.joinedAt = joinedAt;
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	CompanyRole role() {
		return role;
	}

	boolean isAdministrator() {
		return role == CompanyRole.ADMINISTRATOR;
	}

	boolean isLocked() {
		return status == Status.LOCKED;
	}

	/** An administrator who may act: the company always keeps one. */
	boolean isActiveAdministrator() {
		return isAdministrator() && !isLocked();
	}

	void promote() {
		role = CompanyRole.ADMINISTRATOR;
	}

	void demote() {
		role = CompanyRole.MEMBER;
	}

	void lock(String reason) {
		status = Status.LOCKED;
		lockedReason = reason;
	}

	void unlock() {
		status = Status.ACTIVE;
		lockedReason = null;
	}

	void attachTo(Siret siret) {
		establishmentSiret = siret == null ? null : siret.value();
	}

	CompanyView.MemberView view() {
		return new CompanyView.MemberView(account(), role, isLocked(), lockedReason,
				establishmentSiret == null ? null : new Siret(establishmentSiret), joinedAt);
	}

	/** Whether the member may act for the company. */
	enum Status {
		/** Acts for the company. */
		ACTIVE,
		/** Locked by an administrator: cannot sign in; stays listed so that they can be unlocked. */
		LOCKED
	}
}
