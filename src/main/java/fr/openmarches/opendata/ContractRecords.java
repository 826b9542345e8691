package fr.openmarches.opendata;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ContractRecords extends JpaRepository<Contract, UUID>, JpaSpecificationExecutor<Contract> {

	@Query("select c from Contract c where c.consultationId = :consultation order by coalesce(c.lot, 0)")
	List<Contract> ofConsultation(UUID consultation);

	@Query("select c from Contract c where c.consultationId = :consultation and coalesce(c.lot, 0) = :lot")
	Optional<Contract> ofLot(UUID consultation, int lot);

	boolean existsByBuyerSiretAndDecpIdAndIdNot(String buyerSiret, String decpId, UUID id);

	/** The buyers with published contracts: entity id and name. */
	@Query("select distinct c.entityId, c.buyerName from Contract c where c.state = fr.openmarches.opendata.ContractState.PUBLISHED order by c.buyerName")
	List<Object[]> publishingBuyers();

	List<Contract> findByStateOrderByPublishedOnDescDecpIdAsc(ContractState state);
}
