package fr.openmarches.consultation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.consultation.NewLot;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.Violation;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.organisation.PurchasingEntityId;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The consultation form, field by field as typed: everything is kept as text so that a mistake
 * (an amount, a date) comes back exactly as the buyer wrote it, next to its explanation.
 *
 * @param restricted {@code "true"} for a procedure in two phases, {@code "false"} for an open one
 * @param deadlines as {@code <input type="datetime-local">} sends them, Paris time
 */
record ConsultationForm(String entity, String reference, String title, String object, String procedure,
		String category, String mainCpv, List<String> additionalCpv, List<LotRow> lots, String department,
		String estimatedValue, String questionsDeadline, String depositDeadline, Boolean signatureRequired,
		List<String> envelopes, String restricted, Boolean defenceOrSecurity, Boolean utilities, Boolean test) {

	/** Checkboxes left unticked are not sent at all: absent means no. */
	ConsultationForm {
		signatureRequired = Boolean.TRUE.equals(signatureRequired);
		defenceOrSecurity = Boolean.TRUE.equals(defenceOrSecurity);
		utilities = Boolean.TRUE.equals(utilities);
		test = Boolean.TRUE.equals(test);
		additionalCpv = additionalCpv == null ? List.of() : additionalCpv.stream().map(c -> c == null ? "" : c).toList();
		lots = lots == null ? List.of() : lots.stream().map(l -> l == null ? new LotRow("", "", "") : l).toList();
		envelopes = envelopes == null ? List.of() : List.copyOf(envelopes);
	}

	/** @param cpv as the picker shows it; blank when the lot has the consultation's code */
	record LotRow(String title, String cpv, String estimatedValue) {

		static LotRow of(ConsultationDetails.LotView lot) {
			return new LotRow(lot.title(), lot.cpv() == null ? "" : picked(lot.cpv()), Amounts.typed(lot.estimatedValue()));
		}
	}

	/** A new consultation: both envelopes expected, an open procedure, nothing else filled in. */
	static ConsultationForm empty(String entity) {
		return new ConsultationForm(entity, "", "", "", "", "", "", List.of(), List.of(), "", "", "", "", false,
				List.of(Envelope.APPLICATION.name(), Envelope.OFFER.name()), "false", false, false, false);
	}

	/** A draft as its form shows it. */
	static ConsultationForm of(ConsultationDetails c) {
		return new ConsultationForm(c.entity().id().toString(), c.reference(), c.title(), c.object(),
				c.procedure().name(), c.category().name(), picked(c.mainCpv()),
				c.additionalCpv().stream().map(ConsultationForm::picked).toList(), c.lots().stream().map(LotRow::of).toList(),
				c.department() == null ? "" : c.department().code(), Amounts.typed(c.estimatedValue()),
				ParisTimes.typed(c.questionsDeadline()), ParisTimes.typed(c.depositDeadline()), c.signatureRequired(),
				c.envelopes().stream().map(Enum::name).toList(), String.valueOf(c.restricted()), c.defenceOrSecurity(),
				c.utilities(), c.test());
	}

	/** A stored code as the picker shows it: « 79710000 — Services de sécurité ». */
	static String picked(CpvCode code) {
		var locale = LocaleContextHolder.getLocale();
		return code.label(locale) == null ? code.code() : code.display(locale);
	}

	/**
	 * The form with one row more or less, as its buttons ask: {@code addLot}, {@code removeLot:2},
	 * {@code addCpv}, {@code removeCpv:0}. Nothing else changes.
	 */
	ConsultationForm edited(String action) {
		var lots = new ArrayList<>(this.lots);
		var codes = new ArrayList<>(this.additionalCpv);
		if ("addLot".equals(action)) {
			lots.add(new LotRow("", "", ""));
		}
		else if ("addCpv".equals(action)) {
			codes.add("");
		}
		else if (action != null && action.startsWith("removeLot:")) {
			index(action).filter(i -> i >= 0 && i < lots.size()).ifPresent(i -> lots.remove((int) i));
		}
		else if (action != null && action.startsWith("removeCpv:")) {
			index(action).filter(i -> i >= 0 && i < codes.size()).ifPresent(i -> codes.remove((int) i));
		}
		return new ConsultationForm(entity, reference, title, object, procedure, category, mainCpv, codes, lots,
				department, estimatedValue, questionsDeadline, depositDeadline, signatureRequired, envelopes, restricted,
				defenceOrSecurity, utilities, test);
	}

	/** Whether an envelope is ticked, for the checkboxes. */
	public boolean expects(String envelope) {
		return envelopes.contains(envelope);
	}

	/**
	 * The consultation the form describes, and the mistakes only the form can see (an amount or a
	 * date that cannot be read); what cannot be read is left out, for the other rules to judge.
	 */
	Conversion convert() {
		var violations = new ArrayList<Violation>();
		var lotDetails = new ArrayList<NewLot>();
		for (int i = 0; i < lots.size(); i++) {
			var lot = lots.get(i);
			lotDetails.add(new NewLot(lot.title(), lot.cpv(),
					amount(violations, "lots[" + i + "].estimatedValue", lot.estimatedValue())));
		}
		var codes = new ArrayList<String>();
		for (var code : additionalCpv) {
			codes.add(code == null || code.isBlank() ? null : code);
		}
		var details = new NewConsultation(entityId().orElse(null), reference, title, object,
				named(ProcedureType.class, procedure), named(Category.class, category), mainCpv,
				codes.stream().filter(c -> c != null).toList(), lotDetails, department,
				amount(violations, "estimatedValue", estimatedValue),
				instant(violations, "questionsDeadline", questionsDeadline),
				instant(violations, "depositDeadline", depositDeadline), signatureRequired, envelopeSet(),
				"true".equals(restricted), defenceOrSecurity, utilities, test);
		return new Conversion(details, violations);
	}

	/**
	 * The violation's field as this form names it: the additional codes left blank are dropped
	 * before checking, so their positions shift back to the form's.
	 */
	String fieldOf(Violation violation) {
		var field = violation.field();
		if (field.startsWith("additionalCpv[")) {
			int checked = Integer.parseInt(field.substring("additionalCpv[".length(), field.indexOf(']')));
			int seen = -1;
			for (int i = 0; i < additionalCpv.size(); i++) {
				if (!additionalCpv.get(i).isBlank() && ++seen == checked) {
					return "additionalCpv[" + i + "]";
				}
			}
		}
		return field;
	}

	Optional<PurchasingEntityId> entityId() {
		try {
			return entity == null || entity.isBlank() ? Optional.empty()
					: Optional.of(new PurchasingEntityId(UUID.fromString(entity.strip())));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private Set<Envelope> envelopeSet() {
		var set = EnumSet.noneOf(Envelope.class);
		envelopes.forEach(name -> Arrays.stream(Envelope.values())
			.filter(e -> e.name().equals(name))
			.forEach(set::add));
		return set;
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
	}

	private static BigDecimal amount(List<Violation> violations, String field, String typed) {
		try {
			return Amounts.parse(typed);
		}
		catch (NumberFormatException e) {
			violations.add(Violation.of(field, "consultation.form.amount.invalid"));
			return null;
		}
	}

	private static Instant instant(List<Violation> violations, String field, String typed) {
		try {
			return ParisTimes.parse(typed);
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "consultation.form.dateTime.invalid"));
			return null;
		}
	}

	private static Optional<Integer> index(String action) {
		try {
			return Optional.of(Integer.parseInt(action.substring(action.indexOf(':') + 1)));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** What the form describes, and what it could not read. */
	record Conversion(NewConsultation details, List<Violation> violations) {
	}
}
