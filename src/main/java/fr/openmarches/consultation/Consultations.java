package fr.openmarches.consultation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface Consultations extends JpaRepository<Consultation, UUID>, JpaSpecificationExecutor<Consultation> {

	boolean existsByPurchasingEntityIdAndReference(UUID purchasingEntityId, String reference);

	/**
	 * Consultations whose next check is due, locked for this transaction; rows another instance is
	 * checking are skipped, so several instances share the work and none applies a change twice.
	 */
	@NativeQuery("""
			select * from consultation.consultation
			where next_check_at <= :now
			order by next_check_at
			limit :limit
			for update skip locked""")
	List<Consultation> lockDue(Instant now, int limit);

	@Query("""
			select distinct c.department from Consultation c
			where c.state <> fr.openmarches.consultation.ConsultationState.DRAFT and c.test = false
			and c.department is not null""")
	List<String> departmentsInUse();
}
