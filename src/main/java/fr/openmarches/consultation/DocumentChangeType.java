package fr.openmarches.consultation;

/** What a change (addendum) did to one document. */
public enum DocumentChangeType {

	/** A new piece of the DCE. */
	ADDED,

	/** A new version of a document; the previous one is kept. */
	REPLACED,

	/** A piece withdrawn from the DCE; it is kept. */
	REMOVED
}
