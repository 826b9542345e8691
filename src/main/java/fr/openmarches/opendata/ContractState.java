package fr.openmarches.opendata;

/** Where a contract record is. The transitions are the methods of {@code Contract}. */
public enum ContractState {

	/** Being completed by the buyer; nobody else sees it. */
	DRAFT,

	/**
	 * Its essential data are public (pages, JSON export, API). Final: the DECP allow later changes
	 * only as « modifications » objects, which this version does not write.
	 */
	PUBLISHED
}
