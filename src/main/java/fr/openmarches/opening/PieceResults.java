package fr.openmarches.opening;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** What each piece handed to an opening session gave, by deposit and position. */
interface PieceResults extends JpaRepository<PieceResult, PieceResult.Key> {

	List<PieceResult> findByConsultationId(UUID consultation);
}
