package fr.openmarches.consultation;

import java.util.List;
import java.util.UUID;

/**
 * A change to the documents of a published consultation (modification, addendum): why, and which
 * documents it replaces, removes and adds. Every earlier version stays on the platform.
 *
 * @param reason why the documents change, published with the change
 * @param replacements current documents and the files that replace them
 * @param removals current pieces of the DCE withdrawn (the notice and the RC can only be replaced)
 * @param additions new pieces of the DCE
 */
public record Addendum(String reason, List<Replacement> replacements, List<UUID> removals,
		List<DocumentUpload> additions) {

	public Addendum {
		replacements = replacements == null ? List.of() : List.copyOf(replacements);
		removals = removals == null ? List.of() : List.copyOf(removals);
		additions = additions == null ? List.of() : List.copyOf(additions);
	}

	/** Whether it changes any document. */
	public boolean isEmpty() {
		return replacements.isEmpty() && removals.isEmpty() && additions.isEmpty();
	}

	/** @param document the id of the current document replaced */
	public record Replacement(UUID document, DocumentUpload file) {
	}
}
