package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import fr.openmarches.cpv.CpvCode;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.platform.BlobId;

/**
 * A consultation as its pages show it. Nullable fields are those a buyer may leave out.
 *
 * @param restricted two phases: only the candidates invited after the applications take part in
 *        the second
 * @param euPublication its notice goes to the Official Journal of the EU (at or above the EU
 *        threshold)
 * @param documents the current documents, in their order
 * @param changes the changes (addenda) published since, the first first
 */
public record ConsultationDetails(ConsultationId id, String reference, String title, String object,
		EntitySummary entity, ProcedureType procedure, Category category, CpvCode mainCpv, List<CpvCode> additionalCpv,
		Department department, BigDecimal estimatedValue, Instant questionsDeadline, Instant depositDeadline,
		boolean signatureRequired, List<Envelope> envelopes, boolean restricted, boolean defenceOrSecurity,
		boolean utilities, boolean euPublication, boolean test, ConsultationState state, Instant createdAt,
		Instant publishedAt, Instant closedAt, Instant decidedAt, Instant cancelledAt, String cancellationReason,
		List<LotView> lots, List<DocumentView> documents, List<ChangeView> changes) {

	/** The notice (avis), if attached. */
	public Optional<DocumentView> notice() {
		return documents.stream().filter(d -> d.kind() == DocumentKind.NOTICE).findFirst();
	}

	/** The rules of the consultation (RC), if attached. */
	public Optional<DocumentView> rules() {
		return documents.stream().filter(d -> d.kind() == DocumentKind.RULES).findFirst();
	}

	/** The pieces of the DCE, dematerialised or not, in their order. */
	public List<DocumentView> pieces() {
		return documents.stream().filter(d -> d.kind() == DocumentKind.PIECE).toList();
	}

	/** How many documents are files on the platform. */
	public long fileCount() {
		return documents.stream().filter(DocumentView::dematerialised).count();
	}

	/** The size of all the files, in bytes. */
	public long filesSize() {
		return documents.stream().filter(DocumentView::dematerialised).mapToLong(DocumentView::size).sum();
	}

	/** How many pieces are not dematerialised. */
	public long paperCount() {
		return documents.stream().filter(d -> !d.dematerialised()).count();
	}

	/** A document of this consultation, current or an earlier version. */
	public Optional<DocumentView> document(UUID documentId) {
		return documents.stream()
			.filter(d -> d.id().equals(documentId))
			.findFirst()
			.or(() -> changes.stream()
				.flatMap(change -> change.documents().stream())
				.flatMap(change -> Stream.of(change.document(), change.previous()))
				.filter(d -> d != null && d.id().equals(documentId))
				.findFirst());
	}

	/** @param cpv {@code null} when the lot has the consultation's CPV code */
	public record LotView(int number, String title, CpvCode cpv, BigDecimal estimatedValue) {
	}

	/**
	 * A document: a stored file ({@code blob}, {@code size}, {@code mediaType}), or a piece that is
	 * not dematerialised ({@code howToObtain}).
	 *
	 * @param addedIn the number of the change that brought it; {@code null} when published with the
	 *        consultation
	 * @param removedIn the number of the change that replaced or removed it; {@code null} while
	 *        current
	 */
	public record DocumentView(UUID id, DocumentKind kind, String title, String fileName, String mediaType, Long size,
			BlobId blob, String howToObtain, Integer addedIn, Integer removedIn) {

		public boolean dematerialised() {
			return blob != null;
		}

		public boolean current() {
			return removedIn == null;
		}

		/** The file's format as people name it, from its extension: « PDF », « XLSX ». */
		public String format() {
			if (fileName == null || fileName.lastIndexOf('.') < 0) {
				return null;
			}
			return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
		}
	}

	/** A change (addendum): when, why, and what it did to each document. */
	public record ChangeView(int number, Instant publishedAt, String reason, List<DocumentChange> documents) {
	}

	/**
	 * What a change did to one document.
	 *
	 * @param document the version it brought; {@code null} for a removal
	 * @param previous the version it replaced or removed; {@code null} for an addition
	 */
	public record DocumentChange(DocumentChangeType type, DocumentView document, DocumentView previous) {

		/** The document as people recognise it: the new version's title, or the removed one's. */
		public DocumentView subject() {
			return document != null ? document : previous;
		}
	}
}
