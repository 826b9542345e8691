package fr.openmarches.submission;

/** Where an upload is. The transitions are the methods of {@code Upload}. */
public enum UploadState {

	/** Chunks are arriving, in any order; a chunk once received is fixed. */
	RECEIVING,

	/** Every chunk arrived and was joined into one blob; the chunks are gone. Final. */
	COMPLETE
}
