package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.platform.BlobId;

/** A consultation as its public page shows it. Nullable fields are those a buyer may leave out. */
public record ConsultationDetails(ConsultationId id, String reference, String title, String object,
		EntitySummary entity, ProcedureType procedure, Category category, CpvCode mainCpv, List<CpvCode> additionalCpv,
		Department department, BigDecimal estimatedValue, Instant questionsDeadline, Instant depositDeadline,
		boolean signatureRequired, List<Envelope> envelopes, boolean test, ConsultationState state,
		Instant publishedAt, Instant closedAt, Instant decidedAt, Instant cancelledAt, String cancellationReason,
		List<LotView> lots, List<DocumentView> documents) {

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

	/** @param cpv {@code null} when the lot has the consultation's CPV code */
	public record LotView(int number, String title, CpvCode cpv, BigDecimal estimatedValue) {
	}

	/**
	 * A document: a stored file ({@code blob}, {@code size}, {@code mediaType}), or a piece that is
	 * not dematerialised ({@code howToObtain}).
	 */
	public record DocumentView(UUID id, DocumentKind kind, String title, String fileName, String mediaType, Long size,
			BlobId blob, String howToObtain) {

		public boolean dematerialised() {
			return blob != null;
		}

		/** The file's format as people name it, from its extension: « PDF », « XLSX ». */
		public String format() {
			if (fileName == null || fileName.lastIndexOf('.') < 0) {
				return null;
			}
			return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
		}
	}
}
