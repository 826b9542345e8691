package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft still lacks to be published, as the review page (« Vérifier et publier ») lists
 * it, and whether its notice would go to the JOUE.
 *
 * @param unmet the requirements not met, blocking or not
 * @param euPublication whether the notice would be published in the JOUE
 * @param contract what the EU thresholds look at
 * @param euThreshold the threshold that applies to it
 */
public record PublicationCheck(Set<Requirement> unmet, boolean euPublication, EuThresholds.Contract contract,
		BigDecimal euThreshold) {

	public PublicationCheck {
		unmet = unmet.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unmet));
	}

	/** Whether the draft may be published now. */
	public boolean publishable() {
		return missing().isEmpty();
	}

	/** What stops the publication, in the order of {@link Requirement}. */
	public List<Requirement> missing() {
		return EnumSet.allOf(Requirement.class).stream().filter(r -> r.blocking() && unmet.contains(r)).toList();
	}

	/** What the buyer should look at, without being stopped. */
	public List<Requirement> advice() {
		return EnumSet.allOf(Requirement.class).stream().filter(r -> !r.blocking() && unmet.contains(r)).toList();
	}
}
