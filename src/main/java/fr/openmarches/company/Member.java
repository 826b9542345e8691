package fr.openmarches.company;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person of a company, by their identity account. Part of the {@link Company} aggregate. */
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

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected Member() {
	}

	Member(AccountId account, CompanyRole role, Instant joinedAt) {
		this.id = UUID.randomUUID();
		this.accountId = account.value();
		this.role = role;
		this.joinedAt = joinedAt;
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	CompanyRole role() {
		return role;
	}

	void promote() {
		role = CompanyRole.ADMINISTRATOR;
	}

	CompanyView.MemberView view() {
		return new CompanyView.MemberView(account(), role);
	}
}
