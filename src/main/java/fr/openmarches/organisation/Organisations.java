package fr.openmarches.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Organisations extends JpaRepository<Organisation, UUID>, JpaSpecificationExecutor<Organisation> {

	Optional<Organisation> findByName(String name);
}
