package fr.openmarches.consultation;

import java.time.LocalDate;
import java.util.Set;

import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * A search of the public consultations, as PLACE's advanced search describes it; every criterion
 * is optional. Test consultations are never found.
 *
 * @param keywords words that must all be found (AND)
 * @param mode « exacte » (title and object, words as written) or « approchante » (also the
 * reference and the CPV labels, plurals and accents ignored)
 * @param cpv a CPV code: consultations with it or with a code below it
 * @param deadlineFrom deposit deadline on or after this day (Paris)
 * @param deadlineTo deposit deadline on or before this day (Paris)
 * @param states the states searched; empty means every public state
 * @param order how the results are sorted, the soonest deadline first by default
 * @param portal the code of a themed portal: the consultations of the organisations it shows
 */
public record FinderQuery(String keywords, Mode mode, OrganisationId organisation, PurchasingEntityId entity,
		Category category, ProcedureType procedure, String cpv, String department, LocalDate deadlineFrom,
		LocalDate deadlineTo, Set<ConsultationState> states, Order order, String portal) {

	public FinderQuery {
		keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
		portal = portal == null || portal.isBlank() ? null : portal.strip();
		mode = mode == null ? Mode.APPROACHING : mode;
		cpv = cpv == null || cpv.isBlank() ? null : cpv.strip();
		department = department == null || department.isBlank() ? null : department.strip();
		states = states == null ? Set.of() : Set.copyOf(states);
		order = order == null ? Order.DEADLINE : order;
	}

	/** A search on every portal. */
	public FinderQuery(String keywords, Mode mode, OrganisationId organisation, PurchasingEntityId entity,
			Category category, ProcedureType procedure, String cpv, String department, LocalDate deadlineFrom,
			LocalDate deadlineTo, Set<ConsultationState> states, Order order) {
		this(keywords, mode, organisation, entity, category, procedure, cpv, department, deadlineFrom, deadlineTo,
				states, order, null);
	}

	/** The same search on the portal {@code code}, or on every portal when {@code null}. */
	public FinderQuery onPortal(String code) {
		return new FinderQuery(keywords, mode, organisation, entity, category, procedure, cpv, department,
				deadlineFrom, deadlineTo, states, order, code);
	}

	/** Keywords only, in the given mode, over every public state. */
	public static FinderQuery words(String keywords, Mode mode) {
		return new FinderQuery(keywords, mode, null, null, null, null, null, null, null, null, Set.of(), null);
	}

	/** The two ways of matching keywords. */
	public enum Mode {

		/** Words as written (case ignored), in the title and the object. */
		EXACT,

		/** Also the reference and the CPV labels; plurals, accents and elisions ignored. */
		APPROACHING
	}

	/** How results are sorted. */
	public enum Order {

		/** The soonest deposit deadline first. */
		DEADLINE,

		/** The latest published first. */
		PUBLICATION
	}
}
