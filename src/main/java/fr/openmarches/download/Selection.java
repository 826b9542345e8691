package fr.openmarches.download;

import java.util.List;
import java.util.UUID;

/** The pieces a person ticked; an empty list means the whole DCE. */
public record Selection(List<UUID> documents) {

	public static Selection wholeDce() {
		return new Selection(List.of());
	}

	public boolean whole() {
		return documents == null || documents.isEmpty();
	}
}
