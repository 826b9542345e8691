package fr.openmarches.consultation.web;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** The forms of the buyer's document actions, files included (multipart). */
final class DocumentForms {

	private DocumentForms() {
	}

	/**
	 * Whether a file input held a file: browsers send an empty, unnamed part for an input left
	 * empty (a file that is named but empty is a file, refused later with its own explanation).
	 */
	static boolean chosen(MultipartFile file) {
		return file != null && (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()));
	}

	/** A file attached to a draft: {@code kind} is NOTICE, RULES or PIECE; the title may be left blank. */
	record Upload(String kind, String title, MultipartFile file) {

		static Upload empty() {
			return new Upload("PIECE", "", null);
		}
	}

	/** A piece that is not dematerialised. */
	record Paper(String title, String howToObtain) {

		static Paper empty() {
			return new Paper("", "");
		}
	}

	/**
	 * A change (addendum): its reason; the files posted as {@code replacement} replace the current
	 * documents {@code replacedDocument} names, in the same order (rows left without a file change
	 * nothing); {@code removedDocument} lists the pieces withdrawn; {@code addedPiece} the new ones.
	 */
	record Change(String reason, List<String> replacedDocument, List<MultipartFile> replacement,
			List<String> removedDocument, List<MultipartFile> addedPiece) {

		Change {
			replacedDocument = replacedDocument == null ? List.of() : List.copyOf(replacedDocument);
			replacement = replacement == null ? List.of() : List.copyOf(replacement);
			removedDocument = removedDocument == null ? List.of() : List.copyOf(removedDocument);
			addedPiece = addedPiece == null ? List.of() : addedPiece.stream().filter(DocumentForms::chosen).toList();
		}

		static Change empty() {
			return new Change("", List.of(), List.of(), List.of(), List.of());
		}

		public boolean removes(Object document) {
			return removedDocument.contains(String.valueOf(document));
		}
	}

	/** Why a consultation is stopped (sans suite). */
	record Cancellation(String reason) {

		static Cancellation empty() {
			return new Cancellation("");
		}
	}
}
