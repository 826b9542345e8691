package fr.openmarches.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.company.CompanyId;

/**
 * A bid the analysis may score: a deposit received in time, at least one of whose pieces opened with
 * the hashes matching (opening module). Late deposits, superseded ones and those that did not open
 * are not bids to analyse.
 *
 * @param number the receipt number
 * @param siren {@code null} for a company established abroad
 * @param siret the head office's SIRET, when known
 * @param lots the lots bid for; empty when the consultation has none, or for all of them
 */
public record Bid(UUID deposit, String number, CompanyId company, String companyName, String siren, String siret,
		List<Integer> lots, Instant receivedAt) {

	public Bid {
		lots = List.copyOf(lots);
	}

	/** Whether the bid is for lot {@code lot} (0: a consultation without lots). */
	public boolean bidsFor(int lot) {
		return lot == 0 || lots.isEmpty() || lots.contains(lot);
	}
}
