package fr.openmarches.consultation;

/** What a consultation buys: the three categories of public contracts. */
public enum Category {

	/** Travaux: building and civil engineering works. */
	WORKS,

	/** Fournitures: goods bought, rented or leased. */
	SUPPLIES,

	/** Services: intellectual or material services. */
	SERVICES
}
