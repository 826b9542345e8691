package fr.openmarches.company;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Companies extends JpaRepository<Company, UUID> {

	Optional<Company> findBySiren(String siren);

	boolean existsBySiren(String siren);

	@Query("select c from Company c where c.siren is null and c.address.country = :country and c.nationalId = :nationalId")
	Optional<Company> findAbroad(String country, String nationalId);

	@Query("select c from Company c join c.members m where m.accountId = :account")
	Optional<Company> findByMember(UUID account);

	@Query("select c.id from Company c join c.members m where m.accountId = :account")
	Optional<UUID> findIdByMember(UUID account);

	/**
	 * Serialises the registrations of one company number until the transaction ends, so that two
	 * people registering it at the same moment make one company, the second joining it.
	 */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(hashtextextended(:number, 7)) ) as locked", nativeQuery = true)
	int lockRegistrationOf(String number);
}
