package fr.openmarches.opendata;

import fr.openmarches.opendata.DecpCodes.HolderIdType;

/**
 * A holder (titulaire) of a contract: a company's establishment, by its SIRET as the DECP prefer,
 * or by another identifier of the format's list for companies without one.
 *
 * @param name the company's name, shown on the pages (the DECP themselves publish only the id)
 */
public record Holder(HolderIdType idType, String identifier, String name) {

	/** A French establishment by its SIRET. */
	public static Holder siret(String siret, String name) {
		return new Holder(HolderIdType.SIRET, siret, name);
	}
}
