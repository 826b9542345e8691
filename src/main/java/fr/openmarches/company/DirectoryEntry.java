package fr.openmarches.company;

import java.util.List;
import java.util.Set;

/**
 * A company in the directory's list of results.
 *
 * @param activities its CPV codes
 */
public record DirectoryEntry(CompanyId id, String name, String postcode, String city, String country, boolean sme,
		String activityCode, List<String> activities, Set<Region> regions) {
}
