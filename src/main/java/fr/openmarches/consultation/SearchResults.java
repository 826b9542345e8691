package fr.openmarches.consultation;

import java.util.Map;

import fr.openmarches.organisation.OrganisationView;
import fr.openmarches.organisation.EntitySummary;
import org.springframework.data.domain.Page;

/**
 * A page of consultations found, and how many of all those found fall under each value of the
 * filters (facets), the largest first.
 */
public record SearchResults(Page<ConsultationSummary> page, Map<Category, Long> categories,
		Map<ProcedureType, Long> procedures, Map<String, Long> departments, Map<ConsultationState, Long> states,
		Map<OrganisationView, Long> organisations, Map<EntitySummary, Long> entities) {
}
