package fr.openmarches.opendata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.opendata.ContractView;

/**
 * A line of the buyer's list: a lot (number {@code null} for a consultation without lots) and its
 * record, if made.
 */
record LotRow(Integer lot, String title, ContractView contract) {

	static List<LotRow> of(ConsultationDetails consultation, List<ContractView> contracts) {
		var rows = new ArrayList<LotRow>();
		if (consultation.lots().isEmpty()) {
			rows.add(new LotRow(null, consultation.title(), find(contracts, null)));
		}
		consultation.lots().forEach(lot -> rows.add(new LotRow(lot.number(), lot.title(), find(contracts, lot.number()))));
		return rows;
	}

	private static ContractView find(List<ContractView> contracts, Integer lot) {
		return contracts.stream().filter(c -> Objects.equals(c.lot(), lot)).findFirst().orElse(null);
	}
}
