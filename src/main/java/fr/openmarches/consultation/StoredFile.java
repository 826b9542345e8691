package fr.openmarches.consultation;

import fr.openmarches.platform.BlobStore.StoredBlob;

/**
 * A file already in the blob store, with the name and title it will have on the consultation.
 *
 * @param title {@code null} when the buyer gave none
 * @param fileName a {@link FileNames#clean clean} name
 */
record StoredFile(String title, String fileName, String mediaType, StoredBlob blob) {

	/** The title to show: the one given, else {@code fallback}. */
	String titleOr(String fallback) {
		return title != null ? title : fallback;
	}
}
