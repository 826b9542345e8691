package fr.openmarches.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/**
 * A message to a company about its bid, in its space.
 *
 * @param lot 0 when the consultation has no lots
 * @param letter whether a PDF letter goes with it (every kind but a document request)
 * @param replyBy for a document request, the deadline to answer
 * @param standstillEndsOn for an award or a rejection, the last day of the standstill period; {@code null} when none applies
 * @param firstOpenedAt the first time a member of the company opened it: the legal notification date
 */
public record CompanyMessage(UUID id, ConsultationId consultation, int lot, CompanyId company, UUID deposit,
		MessageKind kind, String subject, String body, boolean letter, Instant replyBy, LocalDate standstillEndsOn,
		Instant sentAt, Instant firstOpenedAt, AccountId firstOpenedBy) {

	public boolean opened() {
		return firstOpenedAt != null;
	}
}
