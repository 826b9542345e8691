package fr.openmarches.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface Throttles extends JpaRepository<Throttle, String> {

	/** Creates the subject's row unless it exists, so that concurrent failures can lock one row. */
	@Modifying
	@NativeQuery("""
			insert into identity.sign_in_throttle (subject, failures, blocks, updated_at)
			values (:subject, 0, 0, :now)
			on conflict do nothing""")
	void insertIfAbsent(String subject, Instant now);

	/** The row, locked until the transaction ends: instances count concurrent failures one by one. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Throttle t where t.subject = :subject")
	Optional<Throttle> lock(String subject);

	List<Throttle> findBySubjectIn(Collection<String> subjects);

	@Modifying
	@Query("delete from Throttle t where t.updatedAt < :before")
	int deleteUpdatedBefore(Instant before);
}
