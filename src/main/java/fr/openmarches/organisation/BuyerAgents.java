package fr.openmarches.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BuyerAgents extends JpaRepository<BuyerAgent, UUID> {

	Optional<BuyerAgent> findByAccountIdAndEntityId(UUID accountId, UUID entityId);

	List<BuyerAgent> findByAccountId(UUID accountId);

	List<BuyerAgent> findByEntityId(UUID entityId);
}
