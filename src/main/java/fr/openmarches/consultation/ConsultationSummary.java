package fr.openmarches.consultation;

import java.time.Instant;

import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntitySummary;

/**
 * A consultation as lists show it.
 *
 * @param department where the contract is performed; {@code null} when national
 */
public record ConsultationSummary(ConsultationId id, String reference, String title, EntitySummary entity,
		ProcedureType procedure, Category category, ConsultationState state, Instant depositDeadline,
		Instant publishedAt, Department department, boolean test) {
}
