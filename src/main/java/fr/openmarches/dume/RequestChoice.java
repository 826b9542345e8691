package fr.openmarches.dume;

import java.util.Map;
import java.util.Set;

/**
 * What a buyer sets: the criteria codes (the mandatory exclusion grounds are added whatever
 * this says) and requirement values by property id, blank ones ignored.
 */
public record RequestChoice(Set<String> criteria, Map<String, String> requirements) {
}
