package fr.openmarches.consultation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationFinder;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.SearchResults;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.PortalService;

/**
 * The options of the list's filters, each with how many consultations it would find. A filter's
 * counts leave its own choice out (and the entity's, for the organisation), so once a value is
 * chosen the others stay offered with their counts; the other filters apply. A portal's count is
 * that of the same search on that portal (a portal is a set of organisations, not a field).
 */
record ListFacets(List<Option> portals, List<Option> organisations, List<Option> entities,
		List<Option> categories, List<Option> procedures, List<Option> departments, List<Option> states,
		long allStates) {

	/**
	 * A value of a filter: its label is a message key ({@code labelKey}) or a name as is.
	 */
	record Option(String value, String labelKey, String label, long count, boolean selected) {
	}

	static ListFacets of(ConsultationFinder finder, EntityDirectory directory, PortalService portalService,
			FinderQuery query, SearchResults found) {
		var portals = new ArrayList<Option>();
		for (var portal : portalService.all()) {
			var onPortal = query.onPortal(portal.code());
			var count = onPortal.equals(query) ? found.page().getTotalElements()
					: finder.find(onPortal, 0, 1).page().getTotalElements();
			portals.add(new Option(portal.code(), null, portal.name(), count, portal.code().equals(query.portal())));
		}

		var byOrganisation = query.organisation() == null && query.entity() == null ? found
				: finder.find(copy(query, "organisation"), 0, 1);
		var organisations = new ArrayList<Option>();
		byOrganisation.organisations().forEach((organisation, count) -> organisations.add(new Option(
				organisation.id().toString(), null, organisation.name(), count, organisation.id().equals(query.organisation()))));
		if (query.organisation() != null && organisations.stream().noneMatch(Option::selected)) {
			directory.organisations().stream().filter(o -> o.id().equals(query.organisation())).findFirst()
				.ifPresent(o -> organisations.add(new Option(o.id().toString(), null, o.name(), 0, true)));
		}
		organisations.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));

		var byEntity = query.entity() == null ? found : finder.find(copy(query, "entity"), 0, 1);
		var entities = new ArrayList<Option>();
		byEntity.entities().forEach((entity, count) -> entities.add(new Option(entity.id().toString(), null,
				entity.displayName(), count, entity.id().equals(query.entity()))));
		if (query.entity() != null && entities.stream().noneMatch(Option::selected)) {
			var entity = directory.summaries(List.of(query.entity())).get(query.entity());
			if (entity != null) {
				entities.add(new Option(entity.id().toString(), null, entity.displayName(), 0, true));
			}
		}
		entities.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));

		var categories = enumOptions(Category.values(), "consultation.category.",
				(query.category() == null ? found : finder.find(copy(query, "category"), 0, 1)).categories(),
				query.category());
		var procedures = enumOptions(ProcedureType.values(), "consultation.procedure.",
				(query.procedure() == null ? found : finder.find(copy(query, "procedure"), 0, 1)).procedures(),
				query.procedure());

		var departmentCounts = (query.department() == null ? found : finder.find(copy(query, "department"), 0, 1))
			.departments();
		var departments = new ArrayList<Option>();
		var codes = new LinkedHashMap<String, Long>(departmentCounts);
		if (query.department() != null) {
			codes.putIfAbsent(query.department(), 0L);
		}
		codes.forEach((code, count) -> Department.of(code).ifPresent(department -> departments.add(
				new Option(department.code(), null, department.code() + " — " + department.name(), count, department.code().equals(query.department())))));
		departments.sort(Comparator.comparing(Option::value));

		var stateCounts = finder.find(copy(query, "state"), 0, 1).states();
		var states = enumOptions(ConsultationState.PUBLIC.toArray(ConsultationState[]::new), "consultation.state.",
				stateCounts, query.states().size() == 1 ? query.states().iterator().next() : null);
		var allStates = stateCounts.values().stream().mapToLong(Long::longValue).sum();
		return new ListFacets(portals, organisations, entities, categories, procedures, departments, states, allStates);
	}

	/** Every value of the enumeration, in its order, with its count (0 when none was found). */
	private static <E extends Enum<E>> List<Option> enumOptions(E[] values, String keyPrefix, Map<E, Long> counts,
			E selected) {
		var options = new ArrayList<Option>();
		for (var value : values) {
			options.add(new Option(value.name(), keyPrefix + value.name(), null, counts.getOrDefault(value, 0L),
					value == selected));
		}
		return options;
	}

	/** {@code query} without the filter named {@code left} (the organisation goes with the entity). */
	private static FinderQuery copy(FinderQuery query, String left) {
		var noOrganisation = left.equals("organisation");
		return new FinderQuery(query.keywords(), query.mode(), noOrganisation ? null : query.organisation(),
				noOrganisation || left.equals("entity") ? null : query.entity(),
				left.equals("category") ? null : query.category(), left.equals("procedure") ? null : query.procedure(),
				query.cpv(), left.equals("department") ? null : query.department(), query.deadlineFrom(),
				query.deadlineTo(), left.equals("state") ? Set.of() : query.states(),
				query.order(), query.portal());
	}
}
