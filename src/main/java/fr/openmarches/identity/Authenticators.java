package fr.openmarches.identity;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Authenticators extends JpaRepository<Authenticator, UUID> {

	/** Locked until the transaction ends, so that two instances never accept the same code. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Authenticator a where a.accountId = :accountId")
	Optional<Authenticator> lock(UUID accountId);

	boolean existsByAccountIdAndConfirmedAtIsNotNull(UUID accountId);
}
