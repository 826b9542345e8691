package fr.openmarches.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PurchasingEntities extends JpaRepository<PurchasingEntity, UUID>, JpaSpecificationExecutor<PurchasingEntity> {

	boolean existsBySiret(String siret);

	@Query("select distinct e.department from PurchasingEntity e")
	List<String> departments();
}
