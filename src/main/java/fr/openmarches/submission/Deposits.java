package fr.openmarches.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface Deposits extends JpaRepository<Deposit, UUID> {

	Optional<Deposit> findByIdAndCompanyId(UUID id, UUID companyId);

	Page<Deposit> findByCompanyIdOrderByReceivedAtDesc(UUID companyId, Pageable page);

	List<Deposit> findByConsultationIdOrderByReceivedAt(UUID consultationId);

	/** The company's deposits holding a copy of the vault version, latest first. */
	@Query("""
			select distinct d from Deposit d join d.pieces p
			where d.companyId = :company and p.vaultVersion = :version order by d.receivedAt desc""")
	List<Deposit> holdingVaultVersion(UUID company, UUID version);

	/** The company's deposits that count for the consultation: in time, not replaced (one at most between finalisations). */
	@Query("""
			select d from Deposit d
			where d.consultationId = :consultation and d.companyId = :company and d.late = false and d.supersededBy is null""")
	List<Deposit> current(UUID consultation, UUID company);

	/** Deposits received before {@code before} whose receipt is still to issue, oldest first. */
	@Query("select d.id from Deposit d where d.receiptSha256 is null and d.receivedAt < :before order by d.receivedAt")
	List<UUID> withoutReceipt(Instant before, Pageable page);

	/**
	 * The deposit, locked, if its receipt is still to issue and no other instance holds it (then
	 * that one is issuing it: skipped).
	 */
	@NativeQuery("select * from submission.deposit where id = :id and receipt_sha256 is null for update skip locked")
	Optional<Deposit> lockWithoutReceipt(UUID id);

	/**
	 * Deposits whose timestamp is pending and due for another try, oldest first, locked; those
	 * another instance holds are skipped.
	 */
	@NativeQuery("""
			select * from submission.deposit
			where timestamp_pending and timestamp_next_try_at <= :now
			order by received_at
			limit :limit
			for update skip locked""")
	List<Deposit> lockPendingTimestamps(Instant now, int limit);

	@NativeQuery("select nextval('submission.deposit_number')")
	long nextNumber();

	/**
	 * Holds the company's deposits for the consultation until the transaction ends: two
	 * finalisations at once take turns, so exactly one of them ends up current.
	 */
	@NativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:consultation || '/' || :company, 0))) locked")
	int lockDepositsOf(String consultation, String company);
}
