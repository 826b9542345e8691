package fr.openmarches.consultation.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationSearch;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * The filters of the consultation list, as the query string carries them. {@code state} is a
 * state's name, {@code ALL} for every public state, or nothing for the consultations open to bids.
 */
record ConsultationFilters(String q, Category category, ProcedureType procedure, String department, UUID entity,
		String state, ConsultationSearch.Order sort, Integer page) {

	static final String ALL_STATES = "ALL";

	ConsultationSearch search() {
		return new ConsultationSearch(q, category, procedure, department,
				entity == null ? null : new PurchasingEntityId(entity), states(), order());
	}

	/** The state selected in the form: a state's name or {@link #ALL_STATES}. */
	public String selectedState() {
		if (ALL_STATES.equals(state)) {
			return ALL_STATES;
		}
		return states().iterator().next().name();
	}

	/** Open consultations by the soonest deadline; other states by the latest publication. */
	public ConsultationSearch.Order order() {
		if (sort != null) {
			return sort;
		}
		return states().equals(Set.of(ConsultationState.PUBLISHED)) ? ConsultationSearch.Order.DEADLINE
				: ConsultationSearch.Order.PUBLICATION;
	}

	/** Page index for the catalogue, from 0. */
	int pageIndex() {
		return page == null || page < 1 ? 0 : page - 1;
	}

	public boolean filtered() {
		return (q != null && !q.isBlank()) || category != null || procedure != null
				|| (department != null && !department.isBlank()) || entity != null;
	}

	private Set<ConsultationState> states() {
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
}
