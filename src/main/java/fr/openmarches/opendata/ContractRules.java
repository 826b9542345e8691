package fr.openmarches.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import fr.openmarches.consultation.Violation;
import fr.openmarches.opendata.DecpCodes.Environmental;
import fr.openmarches.opendata.DecpCodes.ExecutionMode;
import fr.openmarches.opendata.DecpCodes.Grouping;
import fr.openmarches.opendata.DecpCodes.HolderIdType;
import fr.openmarches.opendata.DecpCodes.Social;
import fr.openmarches.opendata.DecpCodes.Technique;
import fr.openmarches.organisation.Department;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siret;

/**
 * What a record must say before its data are published, in the buyer's words: each problem names
 * its field and a message. The schema is checked after these rules, as a last guard, so that the
 * buyer reads these messages rather than the validator's.
 */
final class ContractRules {

	/** The DECP id: 1 to 16 characters, without those the format asks to avoid. */
	static final Pattern DECP_ID = Pattern.compile("[A-Za-z0-9_\\-/.]{1,16}");

	private static final Pattern CPV = Pattern.compile("[0-9]{8}(-[0-9])?");

	private static final Pattern FIVE_CHARACTERS = Pattern.compile("[0-9][0-9AB][0-9]{3}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final BigDecimal ONE = BigDecimal.ONE;

	private ContractRules() {
	}

	/**
	 * Every problem of {@code terms} on {@code today}.
	 * @param knownCpv whether an eight-digit code is in the CPV vocabulary
	 */
	static List<Violation> check(ContractTerms terms, LocalDate today, Predicate<String> knownCpv) {
		var problems = new ArrayList<Violation>();
		if (terms.decpId() == null || !DECP_ID.matcher(terms.decpId()).matches()) {
			problems.add(Violation.of("decpId", "opendata.error.decpId"));
		}
		if (terms.object() == null || terms.object().isBlank()) {
			problems.add(Violation.of("object", "opendata.error.object.missing"));
		}
		else if (terms.object().length() > 1000) {
			problems.add(Violation.of("object", "opendata.error.object.long", 1000));
		}
		if (terms.cpv() == null || !CPV.matcher(terms.cpv()).matches() || !knownCpv.test(terms.cpv().substring(0, 8))) {
			problems.add(Violation.of("cpv", "opendata.error.cpv"));
		}
		exclusive(problems, "techniques", terms.techniques(), Technique.NONE);
		exclusive(problems, "executionModes", terms.executionModes(), ExecutionMode.NONE);
		exclusive(problems, "social", terms.social(), Social.NONE);
		exclusive(problems, "environmental", terms.environmental(), Environmental.NONE);
		if (terms.priceTypes().isEmpty()) {
			problems.add(Violation.of("priceTypes", "opendata.error.choose"));
		}
		if (terms.offersReceived() == null || terms.offersReceived() < 1) {
			problems.add(Violation.of("offersReceived", "opendata.error.offers"));
		}
		if (terms.advance() && terms.advanceRate() != null
				&& (terms.advanceRate().signum() < 0 || terms.advanceRate().compareTo(ONE) > 0)) {
			problems.add(Violation.of("advanceRate", "opendata.error.advanceRate"));
		}
		if (terms.durationMonths() == null || terms.durationMonths() < 1) {
			problems.add(Violation.of("durationMonths", "opendata.error.duration"));
		}
		if (terms.notifiedOn() == null) {
			problems.add(Violation.of("notifiedOn", "opendata.error.notification.missing"));
		}
		else if (terms.notifiedOn().isAfter(today)) {
			problems.add(Violation.of("notifiedOn", "opendata.error.notification.future"));
		}
		if (terms.amount() == null || terms.amount().compareTo(ONE) < 0) {
			problems.add(Violation.of("amount", "opendata.error.amount"));
		}
		place(problems, terms);
		holders(problems, terms);
		return problems;
	}

	private static void exclusive(List<Violation> problems, String field, java.util.Set<?> chosen, Object none) {
		if (chosen.isEmpty()) {
			problems.add(Violation.of(field, "opendata.error.choose"));
		}
		else if (chosen.contains(none) && chosen.size() > 1) {
			problems.add(Violation.of(field, "opendata.error.noneAlone"));
		}
	}

	private static void place(List<Violation> problems, ContractTerms terms) {
		var code = terms.placeCode() == null ? "" : terms.placeCode();
		boolean valid = switch (terms.placeType()) {
			case DEPARTMENT -> Department.of(code).isPresent();
			case POSTCODE, COMMUNE -> FIVE_CHARACTERS.matcher(code).matches();
			case COUNTRY -> COUNTRY.matcher(code).matches();
			case ARRONDISSEMENT, CANTON, REGION -> !code.isBlank() && code.length() <= 10;
		};
		if (!valid) {
			problems.add(Violation.of("placeCode", "opendata.error.place"));
		}
	}

	private static void holders(List<Violation> problems, ContractTerms terms) {
		if (terms.holders().isEmpty()) {
			problems.add(Violation.of("holders", "opendata.error.holders.missing"));
			return;
		}
		var seen = new HashSet<String>();
		for (int i = 0; i < terms.holders().size(); i++) {
			var holder = terms.holders().get(i);
			var field = "holders[" + i + "]";
			if (holder.identifier() == null || holder.identifier().isBlank()) {
				problems.add(Violation.of(field + ".identifier", "opendata.error.holder.identifier", i + 1));
			}
			else if (holder.idType() == HolderIdType.SIRET && !isSiret(holder.identifier())) {
				problems.add(Violation.of(field + ".identifier", "opendata.error.holder.siret", i + 1));
			}
			else if (!seen.add(holder.idType() + holder.identifier())) {
				problems.add(Violation.of(field + ".identifier", "opendata.error.holder.twice", i + 1));
			}
			if (holder.name() == null || holder.name().isBlank()) {
				problems.add(Violation.of(field + ".name", "opendata.error.holder.name", i + 1));
			}
		}
		if (terms.holders().size() > 1 && terms.grouping() == Grouping.NONE) {
			problems.add(Violation.of("grouping", "opendata.error.grouping"));
		}
	}

	private static boolean isSiret(String value) {
		try {
			new Siret(value);
			return true;
		}
		catch (InvalidIdentifierException e) {
			return false;
		}
	}
}
