package fr.openmarches.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Organisations extends JpaRepository<Organisation, UUID> {

	Optional<Organisation> findByName(String name);
}
