package fr.openmarches.consultation;

import java.util.Set;

import fr.openmarches.organisation.PurchasingEntityId;

/**
 * A search of the public consultations; every criterion is optional. Drafts and test
 * consultations are never found.
 *
 * @param keywords words that must all appear in the reference, title or object
 * @param department code of the department where the contract is performed
 * @param states the states searched; empty means every public state
 */
public record ConsultationSearch(String keywords, Category category, ProcedureType procedure, String department,
		PurchasingEntityId entity, Set<ConsultationState> states, Order order) {

	public ConsultationSearch {
		states = states == null ? Set.of() : Set.copyOf(states);
		order = order == null ? Order.DEADLINE : order;
	}

	/** The consultations open to bids, the soonest deadline first. */
	public static ConsultationSearch open() {
		return new ConsultationSearch(null, null, null, null, null, Set.of(ConsultationState.PUBLISHED), Order.DEADLINE);
	}

	/** How results are sorted. */
	public enum Order {

		/** The soonest deposit deadline first. */
		DEADLINE,

		/** The latest published first. */
		PUBLICATION
	}
}
