package fr.openmarches.opening;

import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;

/**
 * Pieces of a consultation's deposits opened at an opening session (file key right, hashes
 * matching): their signatures are then checked, apart from the session's request.
 *
 * @param session the opening session
 * @param pieces the pieces opened, by deposit and position in its manifest
 */
public record PiecesOpened(ConsultationId consultation, UUID session, List<Piece> pieces) {

	public PiecesOpened {
		pieces = List.copyOf(pieces);
	}

	/** One piece opened: the deposit and the piece's position in its manifest. */
	public record Piece(UUID deposit, int position) {
	}
}
