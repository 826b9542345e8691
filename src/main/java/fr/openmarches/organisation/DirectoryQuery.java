package fr.openmarches.organisation;

/**
 * A search of the directory of purchasing entities; every criterion is optional.
 *
 * @param name words that must each appear, regardless of case and accents, in the entity's name or
 * acronym, its town, its organisation's name or acronym, or its department's name (or be its code)
 * @param organisation only the entities of this organisation
 * @param department only the entities of this department (code)
 */
public record DirectoryQuery(String name, OrganisationId organisation, String department) {

	public static DirectoryQuery everything() {
		return new DirectoryQuery(null, null, null);
	}
}
