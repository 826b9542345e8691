package fr.openmarches.company;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a company presents itself in the directory of economic operators.
 *
 * @param presentation what the company does, in its own words (plain text, line breaks kept)
 * @param website its web site ({@code https://…}), or null
 * @param activities CPV codes of what it sells, e.g. {@code 72000000}
 * @param regions where it works
 * @param references contracts it carried out
 * @param certifications quality or professional certifications, e.g. « ISO 9001 », « Qualibat 1552 »
 * @param listed whether the directory shows the company at all
 */
public record CompanyFiche(String presentation, String website, List<String> activities, Set<Region> regions,
		List<Reference> references, List<String> certifications, boolean listed) {

	public static final int MAX_PRESENTATION = 4000;

	public static final int MAX_ACTIVITIES = 30;

	public static final int MAX_REFERENCES = 20;

	public static final int MAX_CERTIFICATIONS = 20;

	public CompanyFiche {
		activities = List.copyOf(activities);
		// In the regions' order, for every page that lists them.
		regions = regions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(regions));
		references = List.copyOf(references);
		certifications = List.copyOf(certifications);
	}
}
