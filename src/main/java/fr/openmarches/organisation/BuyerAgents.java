package fr.openmarches.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Agents read across entities (a person's appointments everywhere). Agents are changed through
 * their {@link PurchasingEntity}, never saved from here.
 */
interface BuyerAgents extends JpaRepository<BuyerAgent, UUID> {

	List<BuyerAgent> findByAccountId(UUID accountId);

	/**
	 * A person's appointments, locked until the transaction ends: their identity roles are computed
	 * from all of them, so two entities changing the same person's appointments wait for each other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from BuyerAgent a where a.accountId = :accountId")
	List<BuyerAgent> lockAllOf(UUID accountId);

	/** Rows of (entity id, active agents, active administrators) for these entities. */
	@Query("""
			select a.entityId, count(distinct a.id),
			       count(distinct case when r = fr.openmarches.organisation.AgentRole.ENTITY_ADMINISTRATOR then a.id end)
			from BuyerAgent a join a.roles r
			where a.entityId in :entities and a.deactivatedAt is null
			group by a.entityId""")
	List<Object[]> staffing(Collection<UUID> entities);
}
