package fr.openmarches.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

interface SavedSearches extends JpaRepository<SavedSearch, UUID> {

	/** Alerts due, locked for this transaction; other instances skip them. */
	@NativeQuery("""
			select * from alert.saved_search
			where next_run_at <= :now
			order by next_run_at
			limit :limit
			for update skip locked""")
	List<SavedSearch> lockDue(Instant now, int limit);

	List<SavedSearch> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	Optional<SavedSearch> findByIdAndAccountId(UUID id, UUID accountId);

	Optional<SavedSearch> findByUnsubscribeToken(String token);
}
