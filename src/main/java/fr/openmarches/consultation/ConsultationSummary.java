package fr.openmarches.consultation;

import java.time.Instant;

import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntitySummary;

/**
 * A consultation as lists show it.
 *
 * @param department where the contract is performed; {@code null} when national
 * @param restricted two phases: only invited candidates take part in the second
 * @param euPublication its notice goes to the JOUE
 */
public record ConsultationSummary(ConsultationId id, String reference, String title, EntitySummary entity,
		ProcedureType procedure, Category category, ConsultationState state, Instant depositDeadline,
		Instant publishedAt, Department department, boolean test, boolean restricted, boolean euPublication) {
}
