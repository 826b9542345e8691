package fr.openmarches.opening;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions to examine the offers first, by consultation. */
interface OffersFirstDecisions extends JpaRepository<OffersFirst, UUID> {
}
