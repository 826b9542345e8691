package fr.openmarches.consultation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface Consultations extends JpaRepository<Consultation, UUID>, JpaSpecificationExecutor<Consultation> {

	boolean existsByPurchasingEntityIdAndReference(UUID purchasingEntityId, String reference);

	boolean existsByPurchasingEntityIdAndReferenceAndIdNot(UUID purchasingEntityId, String reference, UUID id);

	/** The entity a consultation belongs to (it never changes). */
	@Query("select c.purchasingEntityId from Consultation c where c.id = :id")
	Optional<UUID> findEntityOf(UUID id);

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
			where c.publishedAt is not null and c.test = false
			and c.department is not null""")
	List<String> departmentsInUse();

	/** How many consultations of these entities are in each state (states without any are left out). */
	@Query("""
			select c.state as state, count(c) as count from Consultation c
			where c.purchasingEntityId in :entities
			group by c.state""")
	List<StateCount> countByState(Collection<UUID> entities);

	interface StateCount {

		ConsultationState getState();

		long getCount();
	}
}
