package fr.openmarches.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PurchasingEntities extends JpaRepository<PurchasingEntity, UUID>, JpaSpecificationExecutor<PurchasingEntity> {

	boolean existsBySiret(String siret);

	boolean existsBySiretAndIdNot(String siret, UUID id);

	long countByOrganisationId(UUID organisationId);

	/**
	 * The entity, locked until the transaction ends: changes to its agents are made one at a time,
	 * so that two administrators deactivating each other cannot both succeed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from PurchasingEntity e where e.id = :id")
	Optional<PurchasingEntity> findForUpdate(UUID id);

	@Query("select distinct e.department from PurchasingEntity e")
	List<String> departments();

	/** Rows of (organisation id, number of entities) for these organisations. */
	@Query("select e.organisationId, count(e) from PurchasingEntity e where e.organisationId in :organisations group by e.organisationId")
	List<Object[]> countByOrganisations(Collection<UUID> organisations);
}
