package fr.openmarches.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import fr.openmarches.identity.AccountId;

/**
 * A modification (avenant) of a contract after its essential data were published: the DECP's
 * {@code modification}, appended, never changed.
 *
 * @param number 1, 2… in the order of notification (the DECP's {@code id})
 * @param notifiedOn when the modification was notified to the holder
 * @param publishedOn when its data were published (the day it was recorded)
 * @param durationMonths the new duration, {@code null} when unchanged
 * @param amount the new amount excluding VAT, {@code null} when unchanged
 */
public record ContractModification(int number, LocalDate notifiedOn, LocalDate publishedOn, Integer durationMonths,
		BigDecimal amount, AccountId recordedBy, Instant recordedAt) {
}
