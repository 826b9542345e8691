package fr.openmarches.opening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Opening sessions, by id; at most one in progress per consultation. */
interface OpeningSessions extends JpaRepository<OpeningSession, UUID> {

	@Query("select s from OpeningSession s where s.consultationId = :consultation and s.endedAt is null")
	Optional<OpeningSession> inProgress(UUID consultation);

	/** The session in progress, locked until the transaction ends: file keys of one session are handled one post at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from OpeningSession s where s.consultationId = :consultation and s.endedAt is null")
	Optional<OpeningSession> lockInProgress(UUID consultation);

	List<OpeningSession> findByConsultationIdOrderByStartedAt(UUID consultation);
}
