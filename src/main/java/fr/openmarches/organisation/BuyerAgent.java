package fr.openmarches.organisation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
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

/**
 * A person (identity account, by id) appointed to a purchasing entity in one or more roles. Part
 * of the {@link PurchasingEntity} aggregate, which guards the rules across agents (never without
 * an administrator); this class only keeps one appointment's state.
 */
@Entity
@Table(schema = "organisation", name = "buyer_agent")
class BuyerAgent {

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	/** Written by the entity's collection (its join column); read here for queries across entities. */
	@Column(name = "entity_id", insertable = false, updatable = false)
	private UUID entityId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "organisation", name = "buyer_agent_role", joinColumns = @JoinColumn(name = "agent_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<AgentRole> roles = EnumSet.noneOf(AgentRole.class);

	@Column(name = "appointed_at", nullable = false)
	private Instant appointedAt;

	/** When the appointment ended; null while it runs. */
	@Column(name = "deactivated_at")
	private Instant deactivatedAt;

	@Version
	private long version;

	protected BuyerAgent() {
	}

	BuyerAgent(AccountId account, PurchasingEntityId entity, Set<AgentRole> roles, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = account.value();
		this.entityId = entity.value();
		this.roles = EnumSet.copyOf(roles);
		this.appointedAt = now;
	}

	void addRoles(Set<AgentRole> more) {
		roles.addAll(more);
	}

	void replaceRoles(Set<AgentRole> newRoles) {
		roles.clear();
		roles.addAll(newRoles);
	}

	void deactivate(Instant now) {
		this.deactivatedAt = now;
	}

	void reactivate(Instant now) {
		this.deactivatedAt = null;
		this.appointedAt = now;
	}

	boolean isActive() {
		return deactivatedAt == null;
	}

	/** An active agent holding the administrator role: counts towards the entity's administrators. */
	boolean isActiveAdministrator() {
		return isActive() && roles.contains(AgentRole.ENTITY_ADMINISTRATOR);
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	PurchasingEntityId entity() {
		return new PurchasingEntityId(entityId);
	}

	/** The roles, in their declared order (administrator, buyer, commission member). */
	Set<AgentRole> roles() {
		return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	Instant appointedAt() {
		return appointedAt;
	}

	Instant deactivatedAt() {
		return deactivatedAt;
	}

	Appointment appointment() {
		return new Appointment(account(), entity(), roles());
	}
}
