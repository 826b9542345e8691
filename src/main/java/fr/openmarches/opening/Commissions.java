package fr.openmarches.opening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/** Opening commissions, by consultation. */
interface Commissions extends JpaRepository<OpeningCommission, UUID> {

	/** A consultation's commission, locked until the transaction ends: a ceremony replacing it waits for a publication reading it, and the reverse. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from OpeningCommission c where c.consultationId = :consultation")
	Optional<OpeningCommission> lock(UUID consultation);

	/** Whether the consultation has an opening key, holding it (for share) until the transaction ends. */
	@NativeQuery("select count(*) from (select 1 from opening.commission where consultation_id = :consultation for share) k")
	long countHeld(UUID consultation);

	/** The commissions where {@code member} holds a share. */
	@Query("select distinct c from OpeningCommission c join c.shares s where s.memberId = :member")
	List<OpeningCommission> holding(UUID member);
}
