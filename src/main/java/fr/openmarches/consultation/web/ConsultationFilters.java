package fr.openmarches.consultation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * The filters of the consultation list, as the query string carries them, kept as typed so the
 * form shows them back; {@link #read} turns them into a search and says what could not be read.
 * {@code state} is a state's name, {@code ALL} for every public state, or nothing for the
 * consultations open to bids. {@code cpv} is eight digits, or what the CPV picker fills in
 * (« 45233140 — Travaux routiers »). Dates are ISO ({@code 2026-12-04}), as date fields send them.
 */
record ConsultationFilters(String q, String mode, String organisation, String entity, String category,
		String procedure, String cpv, String department, String deadlineFrom, String deadlineTo, String state,
		String sort, Integer page, String portal) {

	static final String ALL_STATES = "ALL";

	/** The search, and for each field that could not be read the key of its message. */
	record Reading(FinderQuery query, Map<String, String> errors) {

		public boolean hasError(String field) {
			return errors.containsKey(field);
		}

		public String error(String field) {
			return errors.get(field);
		}
	}

	/** What the filters ask for; a value that cannot be read filters nothing and is reported. */
	Reading read(CpvCatalogue catalogue, Predicate<String> isPortal) {
		var errors = new LinkedHashMap<String, String>();
		if (present(portal) != null && !isPortal.test(portal.strip())) {
			errors.put("portal", "consultation.filter.error.value");
		}
		var from = date("deadlineFrom", deadlineFrom, errors);
		var to = date("deadlineTo", deadlineTo, errors);
		if (from != null && to != null && from.isAfter(to)) {
			errors.put("deadlineTo", "consultation.filter.error.dateRange");
			to = null;
		}
		String code = null;
		if (present(cpv) != null) {
			code = catalogue.find(cpv.strip()).map(CpvCode::code).orElse(null);
			if (code == null) {
				errors.put("cpv", "consultation.filter.error.cpv");
			}
		}
		var query = new FinderQuery(q, searchMode(), value("organisation", organisation, id -> new OrganisationId(UUID.fromString(id)), errors),
				value("entity", entity, id -> new PurchasingEntityId(UUID.fromString(id)), errors),
				value("category", category, Category::valueOf, errors),
				value("procedure", procedure, ProcedureType::valueOf, errors), code,
				present(department) == null ? null : department.strip().toUpperCase(Locale.ROOT), from, to, states(),
				order(), errors.containsKey("portal") ? null : present(portal));
		return new Reading(query, Map.copyOf(errors));
	}

	/** « Approchante » unless « exacte » is asked for. */
	public FinderQuery.Mode searchMode() {
		return FinderQuery.Mode.EXACT.name().equals(mode) ? FinderQuery.Mode.EXACT : FinderQuery.Mode.APPROACHING;
	}

	/** The state selected in the form: a state's name or {@link #ALL_STATES}. */
	public String selectedState() {
		if (ALL_STATES.equals(state)) {
			return ALL_STATES;
		}
		return states().iterator().next().name();
	}

	/** As asked; otherwise open consultations by the soonest deadline, other states by the latest publication. */
	public FinderQuery.Order order() {
		for (var order : FinderQuery.Order.values()) {
			if (order.name().equals(sort)) {
				return order;
			}
		}
		return states().equals(Set.of(ConsultationState.PUBLISHED)) ? FinderQuery.Order.DEADLINE
				: FinderQuery.Order.PUBLICATION;
	}

	/** Page index for the finder, from 0. */
	int pageIndex() {
		return page == null || page < 1 ? 0 : page - 1;
	}

	public boolean filtered() {
		return present(q) != null || present(organisation) != null || present(entity) != null
				|| present(category) != null || present(procedure) != null || present(cpv) != null
				|| present(department) != null || present(deadlineFrom) != null || present(deadlineTo) != null
				|| present(portal) != null;
	}

	Set<ConsultationState> states() {
		if (ALL_STATES.equals(state)) {
			return ConsultationState.PUBLIC;
		}
		return publicState(state).map(Set::of).orElse(Set.of(ConsultationState.PUBLISHED));
	}

	private static Optional<ConsultationState> publicState(String name) {
		return EnumSet.allOf(ConsultationState.class)
			.stream()
			.filter(s -> s.name().equals(name) && ConsultationState.PUBLIC.contains(s))
			.findFirst();
	}

	private static LocalDate date(String field, String text, Map<String, String> errors) {
		return value(field, text, LocalDate::parse, errors, "consultation.filter.error.date");
	}

	private static <T> T value(String field, String text, Function<String, T> reader, Map<String, String> errors) {
		return value(field, text, reader, errors, "consultation.filter.error.value");
	}

	private static <T> T value(String field, String text, Function<String, T> reader, Map<String, String> errors,
			String message) {
		if (present(text) == null) {
			return null;
		}
		try {
			return reader.apply(text.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException unreadable) {
			errors.put(field, message);
			return null;
		}
	}

	private static String present(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
