package fr.openmarches.opendata.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.openmarches.consultation.Violation;
import fr.openmarches.opendata.ContractRefusedException;
import fr.openmarches.opendata.ContractTerms;
import fr.openmarches.opendata.DecpCodes.Ccag;
import fr.openmarches.opendata.DecpCodes.Environmental;
import fr.openmarches.opendata.DecpCodes.ExecutionMode;
import fr.openmarches.opendata.DecpCodes.Grouping;
import fr.openmarches.opendata.DecpCodes.HolderIdType;
import fr.openmarches.opendata.DecpCodes.Nature;
import fr.openmarches.opendata.DecpCodes.PlaceType;
import fr.openmarches.opendata.DecpCodes.PriceForm;
import fr.openmarches.opendata.DecpCodes.PriceType;
import fr.openmarches.opendata.DecpCodes.Procedure;
import fr.openmarches.opendata.DecpCodes.Social;
import fr.openmarches.opendata.DecpCodes.Technique;
import fr.openmarches.opendata.Holder;

/**
 * The record's page form, numbers and dates as typed (« 12 000,50 »), holders as parallel lists
 * of rows; blank rows are ignored.
 */
record ContractForm(String decpId, Nature nature, String object, String cpv, Set<Technique> techniques,
		Set<ExecutionMode> executionModes, Boolean innovative, Ccag ccag, String offersReceived, Boolean advance,
		String advanceRate, Grouping grouping, Boolean subcontracting, Procedure procedure, String placeCode,
		PlaceType placeType, String durationMonths, String notifiedOn, String amount, Set<PriceType> priceTypes,
		PriceForm priceForm, Set<Social> social, Set<Environmental> environmental, List<HolderIdType> holderType,
		List<String> holderIdentifier, List<String> holderName) {

	/** The rows the page shows: the holders and one blank row more. */
	static final int SPARE_ROWS = 1;

	/**
	 * What the form says.
	 * @throws ContractRefusedException for a number or a date that cannot be read
	 */
	ContractTerms terms() {
		var problems = new ArrayList<Violation>();
		var terms = new ContractTerms(decpId, nature, object, cpv, techniques, executionModes,
				Boolean.TRUE.equals(innovative), ccag, integer(offersReceived, "offersReceived", problems),
				Boolean.TRUE.equals(advance), decimal(advanceRate, "advanceRate", problems), grouping,
				Boolean.TRUE.equals(subcontracting), procedure, placeCode, placeType,
				integer(durationMonths, "durationMonths", problems), date(notifiedOn, problems),
				decimal(amount, "amount", problems), priceTypes, priceForm, social, environmental, holders());
		if (!problems.isEmpty()) {
			throw new ContractRefusedException(problems);
		}
		return terms;
	}

	private List<Holder> holders() {
		var holders = new ArrayList<Holder>();
		var ids = holderIdentifier == null ? List.<String>of() : holderIdentifier;
		for (int i = 0; i < ids.size(); i++) {
			var name = holderName != null && i < holderName.size() ? holderName.get(i) : null;
			var type = holderType != null && i < holderType.size() && holderType.get(i) != null ? holderType.get(i)
					: HolderIdType.SIRET;
			if ((ids.get(i) == null || ids.get(i).isBlank()) && (name == null || name.isBlank())) {
				continue;
			}
			holders.add(new Holder(type, ids.get(i), name));
		}
		return holders;
	}

	/** « 12 000,50 » as 12000.50. */
	static BigDecimal decimal(String typed, String field, List<Violation> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, "opendata.error.number"));
			return null;
		}
	}

	private static Integer integer(String typed, String field, List<Violation> problems) {
		var value = decimal(typed, field, problems);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException e) {
			problems.add(Violation.of(field, "opendata.error.number"));
			return null;
		}
	}

	private static LocalDate date(String typed, List<Violation> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(Violation.of("notifiedOn", "opendata.error.date"));
			return null;
		}
	}
}
