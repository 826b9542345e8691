package fr.openmarches.opendata.web;

import java.math.BigDecimal;
import java.util.ArrayList;

import fr.openmarches.opendata.ContractTerms;
import fr.openmarches.opendata.Holder;

/** A record's terms as its page form shows them, one blank holder row more. */
final class Forms {

	private Forms() {
	}

	static ContractForm of(ContractTerms t) {
		var types = new ArrayList<fr.openmarches.opendata.DecpCodes.HolderIdType>();
		var ids = new ArrayList<String>();
		var names = new ArrayList<String>();
		for (Holder holder : t.holders()) {
			types.add(holder.idType());
			ids.add(holder.identifier());
			names.add(holder.name());
		}
		for (int i = 0; i < ContractForm.SPARE_ROWS; i++) {
			types.add(fr.openmarches.opendata.DecpCodes.HolderIdType.SIRET);
			ids.add("");
			names.add("");
		}
		return new ContractForm(t.decpId(), t.nature(), t.object(), t.cpv(), t.techniques(), t.executionModes(),
				t.innovative(), t.ccag(), text(t.offersReceived()), t.advance(), plain(t.advanceRate()), t.grouping(),
				t.subcontracting(), t.procedure(), t.placeCode(), t.placeType(), text(t.durationMonths()),
				t.notifiedOn() == null ? "" : t.notifiedOn().toString(), plain(t.amount()), t.priceTypes(), t.priceForm(),
				t.social(), t.environmental(), types, ids, names);
	}

	private static String text(Integer value) {
		return value == null ? "" : value.toString();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}
}
