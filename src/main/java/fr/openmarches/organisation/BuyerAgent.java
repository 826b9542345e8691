package fr.openmarches.organisation;

import java.time.Instant;
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
import org.springframework.data.domain.AbstractAggregateRoot;

/** A person (identity account, by id) acting for a purchasing entity, in one or more roles. */
@Entity
@Table(schema = "organisation", name = "buyer_agent")
class BuyerAgent extends AbstractAggregateRoot<BuyerAgent> {

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "entity_id", nullable = false)
	private UUID entityId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "organisation", name = "buyer_agent_role", joinColumns = @JoinColumn(name = "agent_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<AgentRole> roles = EnumSet.noneOf(AgentRole.class);

	@Column(name = "appointed_at", nullable = false)
	private Instant appointedAt;

	@Version
	private long version;

	protected BuyerAgent() {
	}

	BuyerAgent(AccountId account, PurchasingEntityId entity, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = account.value();
		this.entityId = entity.value();
		this.appointedAt = now;
	}

	/** Gives the agent these roles on top of those they hold. */
	void appoint(Set<AgentRole> more) {
		if (more.isEmpty()) {
			throw new IllegalArgumentException("An appointment needs at least one role");
		}
		if (roles.containsAll(more)) {
			return;
		}
		roles.addAll(more);
		registerEvent(new BuyerAgentAppointed(account(), entity(), Set.copyOf(roles)));
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	PurchasingEntityId entity() {
		return new PurchasingEntityId(entityId);
	}

	Appointment appointment() {
		return new Appointment(account(), entity(), roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
	}
}
