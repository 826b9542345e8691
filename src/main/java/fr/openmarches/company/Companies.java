package fr.openmarches.company;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Companies extends JpaRepository<Company, UUID> {

	Optional<Company> findBySiren(String siren);

	boolean existsBySiren(String siren);

	@Query("select c from Company c join c.members m where m.accountId = :account")
	Optional<Company> findByMember(UUID account);
}
