package fr.openmarches.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface Uploads extends JpaRepository<Upload, UUID> {

	Optional<Upload> findByIdAndCompanyId(UUID id, UUID companyId);

	/** The upload, locked until the transaction ends: one completion at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from Upload u where u.id = :id")
	Optional<Upload> lock(UUID id);

	/** Notes a chunk's arrival; concurrent chunks of one upload just take turns on the row. */
	@Modifying
	@NativeQuery("update submission.upload set last_chunk_at = greatest(last_chunk_at, :at) where id = :id")
	int chunkArrived(UUID id, Instant at);

	/**
	 * Uploads still receiving that got no chunk since {@code before}, locked for this transaction;
	 * rows another instance is purging are skipped.
	 */
	@NativeQuery("""
			select * from submission.upload
			where state = 'RECEIVING' and last_chunk_at < :before
			order by last_chunk_at
			limit :limit
			for update skip locked""")
	List<Upload> lockAbandoned(Instant before, int limit);

	/**
	 * Uploads of the availability probe made before {@code before}: left by a probe cut short (a
	 * probe deposit deletes its upload at once). Locked for this transaction, others' skipped.
	 */
	@NativeQuery("""
			select * from submission.upload
			where probe and created_at < :before
			order by created_at
			limit :limit
			for update skip locked""")
	List<Upload> lockProbeLeftovers(Instant before, int limit);

	/**
	 * Claims the joining of a receiving upload's chunks for {@code claim}: nothing when another
	 * claim younger than {@code staleSeconds} holds it (database time, one clock for all instances).
	 */
	@Modifying
	@NativeQuery("""
			update submission.upload set join_claim = :claim, join_claimed_at = clock_timestamp()
			where id = :id and state = 'RECEIVING'
			and (join_claim is null or join_claimed_at < clock_timestamp() - make_interval(secs => :staleSeconds))""")
	int claimJoin(UUID id, UUID claim, double staleSeconds);

	@NativeQuery("select joined_chunks from submission.upload where id = :id")
	int joinedChunks(UUID id);

	/** Ends a claim, with the chunks now joined; nothing when the claim was taken over meanwhile. */
	@Modifying
	@NativeQuery("""
			update submission.upload set joined_chunks = greatest(joined_chunks, :joined), join_claim = null
			where id = :id and join_claim = :claim""")
	int releaseJoin(UUID id, UUID claim, int joined);

	@NativeQuery("select id from submission.upload where state = 'RECEIVING' and id in (:ids)")
	List<UUID> receivingAmong(List<UUID> ids);
}
