package fr.openmarches.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetLinks extends JpaRepository<PasswordResetLink, UUID> {

	Optional<PasswordResetLink> findByTokenHash(byte[] tokenHash);

	/** Locked until the transaction ends: two clicks on the same link change the password once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PasswordResetLink l where l.tokenHash = :tokenHash")
	Optional<PasswordResetLink> lockByTokenHash(byte[] tokenHash);

	@Query("select l from PasswordResetLink l where l.accountId = :accountId and l.usedAt is null")
	List<PasswordResetLink> findUnused(UUID accountId);

	long countByAccountIdAndRequestedAtAfter(UUID accountId, Instant after);

	@Modifying
	@Query("delete from PasswordResetLink l where l.expiresAt < :before")
	int deleteExpiredBefore(Instant before);
}
