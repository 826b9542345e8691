package fr.openmarches.award;

import java.util.List;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;

/**
 * A consultation's analysis as its buyers see it, lot by lot.
 *
 * @param standstill whether the procedure imposes a standstill period ({@link Standstill})
 */
public record AnalysisView(ConsultationId consultation, String reference, String title, ConsultationState state,
		ProcedureType procedure, boolean standstill, List<Lot> lots) {

	public AnalysisView {
		lots = List.copyOf(lots);
	}

	/** Whether bids may be scored and lots decided: the bids are opened and not every lot is decided. */
	public boolean open() {
		return state == ConsultationState.OPENED;
	}

	/**
	 * One lot (number 0: the consultation has no lots).
	 *
	 * @param bids the admitted bids for this lot, in the order received
	 * @param ranking best first, then the bids without a rank
	 * @param decision {@code null} until decided
	 * @param messages the letters and requests sent to the lot's bidders
	 * @param contract the contract sent to the holder, {@code null} until sent ({@link ContractSigning})
	 */
	public record Lot(int number, String title, List<Criterion> criteria, List<Bid> bids, List<Ranking.Row> ranking,
			Decision decision, List<CompanyMessage> messages, Contract contract) {

		public Lot {
			criteria = List.copyOf(criteria);
			bids = List.copyOf(bids);
			ranking = List.copyOf(ranking);
			messages = List.copyOf(messages);
		}

		public boolean decided() {
			return decision != null;
		}

		/** The best total, when some bid is ranked. */
		public java.math.BigDecimal bestTotal() {
			return ranking.stream().filter(Ranking.Row::ranked).map(Ranking.Row::total).findFirst().orElse(null);
		}

		/** The ranking's row of a bid of the lot. */
		public Ranking.Row row(java.util.UUID deposit) {
			return ranking.stream().filter(r -> r.deposit().equals(deposit)).findFirst().orElseThrow();
		}

		public String companyName(java.util.UUID deposit) {
			return bids.stream().filter(b -> b.deposit().equals(deposit)).map(Bid::companyName).findFirst().orElse("—");
		}
	}
}
