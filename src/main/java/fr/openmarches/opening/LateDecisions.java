package fr.openmarches.opening;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions on late deposits, by deposit. */
interface LateDecisions extends JpaRepository<LateDecision, UUID> {

	List<LateDecision> findByConsultationId(UUID consultation);
}
