package fr.openmarches.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.identity.AccountId;

/**
 * The decision on a lot, taken once.
 *
 * @param lot 0 when the consultation has no lots
 * @param deposit the bid awarded; {@code null} when unsuccessful (so are the company's fields and the amount)
 * @param total the awarded bid's total out of 100
 * @param reason why the lot is unsuccessful; {@code null} when awarded
 */
public record Decision(int lot, Outcome outcome, UUID deposit, CompanyId company, String companyName, String siren,
		String siret, BigDecimal amount, BigDecimal total, String reason, AccountId decidedBy, Instant decidedAt) {

	/** What was decided (labels {@code award.outcome.*}). */
	public enum Outcome {
		/** Awarded to one bid. */
		AWARDED,
		/** Declared unsuccessful (infructueux), with a reason. */
		UNSUCCESSFUL
	}

	public boolean awarded() {
		return outcome == Outcome.AWARDED;
	}
}
