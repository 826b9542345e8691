package fr.openmarches.consultation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.organisation.PurchasingEntityId;

/**
 * The buyer published a change (addendum) to a public consultation's documents: whoever downloaded
 * them should hear of it, with the reason and what changed.
 *
 * @param number the change's number within the consultation, from 1
 * @param documents what happened to each document touched
 * @param test whether the consultation is a test one
 */
public record ConsultationChanged(ConsultationId consultation, PurchasingEntityId entity, String reference,
		String title, int number, String reason, List<ChangedDocument> documents, boolean test,
		Instant publishedAt) {

	public ConsultationChanged {
		documents = List.copyOf(documents);
	}

	/**
	 * One document touched by the change.
	 *
	 * @param document the version now in the DCE; {@code null} when removed
	 * @param fileName its file name; {@code null} when removed or not dematerialised
	 * @param previous the version replaced or removed; {@code null} when added
	 * @param previousFileName the previous version's file name
	 */
	public record ChangedDocument(DocumentChangeType type, DocumentKind kind, String title, UUID document,
			String fileName, UUID previous, String previousFileName) {
	}
}
