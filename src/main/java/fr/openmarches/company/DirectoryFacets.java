package fr.openmarches.company;

import java.util.Map;

/**
 * How many companies a search would find with each value of a filter, the other filters kept:
 * for the counts next to the directory's filters.
 *
 * @param regions companies per region served
 * @param sme companies that are SMEs ({@code true}) and that are not ({@code false})
 */
public record DirectoryFacets(Map<Region, Long> regions, Map<Boolean, Long> sme) {

	public long region(Region region) {
		return regions.getOrDefault(region, 0L);
	}

	public long sme(boolean value) {
		return sme.getOrDefault(value, 0L);
	}
}
