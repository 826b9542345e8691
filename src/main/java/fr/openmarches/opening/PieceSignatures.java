package fr.openmarches.opening;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The signature checks of opened pieces, by deposit and position. */
interface PieceSignatures extends JpaRepository<PieceSignature, PieceResult.Key> {

	List<PieceSignature> findByConsultationId(UUID consultation);
}
