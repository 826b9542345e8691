package fr.openmarches.consultation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.OrganisationView;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.LegalTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the public consultations (Hibernate Search, French analysis), with the
 * filters, facet counts, sorting and paging of the consultation list.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationFinder {

	private static final AggregationKey<Map<Category, Long>> CATEGORIES = AggregationKey.of("category");

	private static final AggregationKey<Map<ProcedureType, Long>> PROCEDURES = AggregationKey.of("procedure");

	private static final AggregationKey<Map<String, Long>> DEPARTMENTS = AggregationKey.of("department");

	private static final AggregationKey<Map<ConsultationState, Long>> STATES = AggregationKey.of("state");

	private static final AggregationKey<Map<UUID, Long>> ENTITIES = AggregationKey.of("entity");

	private static final String[] EXACT_FIELDS = { "title_exact", "object_exact" };

	private static final String[] APPROACHING_FIELDS = { "title", "object", "reference_text",
			CpvBinder.labelsField("mainCpv"), CpvBinder.labelsField("additionalCpv") };

	@PersistenceContext
	private EntityManager entityManager;

	private final Consultations consultations;

	private final EntityDirectory directory;

	private final PortalService portals;

	ConsultationFinder(Consultations consultations, EntityDirectory directory, PortalService portals) {
		this.consultations = consultations;
		this.directory = directory;
		this.portals = portals;
	}

	/** The consultations matching {@code query}; {@code page} counts from 0. */
	public SearchResults find(FinderQuery query, int page, int size) {
		var entitiesOfOrganisation = query.organisation() == null ? null : entitiesOf(Set.of(query.organisation()));
		var entitiesOfPortal = query.portal() == null ? null
				: portals.organisationsOf(query.portal()).map(this::entitiesOf).orElse(List.of());
		var result = Search.session(entityManager)
			.search(Consultation.class)
			.select(f -> f.id(UUID.class))
			.where(f -> predicate(f, query, entitiesOfOrganisation, entitiesOfPortal))
			.sort(f -> switch (query.order()) {
				case DEADLINE -> f.field("depositDeadline").asc().then().field("reference_sort").asc();
				case PUBLICATION -> f.field("publishedAt").desc().missing().last().then().field("reference_sort").asc();
			})
			.aggregation(CATEGORIES, f -> f.terms().field("category", Category.class).maxTermCount(20))
			.aggregation(PROCEDURES, f -> f.terms().field("procedure", ProcedureType.class).maxTermCount(20))
			.aggregation(DEPARTMENTS, f -> f.terms().field("department", String.class).maxTermCount(120))
			.aggregation(STATES, f -> f.terms().field("state", ConsultationState.class).maxTermCount(20))
			.aggregation(ENTITIES, f -> f.terms().field("entity", UUID.class).maxTermCount(1000))
			.fetch(page * size, size);
		var ids = result.hits();
		var found = consultations.findAllById(ids).stream().collect(Collectors.toMap(c -> c.id().value(), c -> c));
		var ordered = ids.stream().map(found::get).filter(c -> c != null).toList();
		var summaries = directory.summaries(ordered.stream().map(Consultation::entity).toList());
		var pageOf = new PageImpl<>(ordered.stream().map(c -> c.summary(summaries.get(c.entity()))).toList(),
				PageRequest.of(page, size), result.total().hitCount());
		var entityCounts = result.aggregation(ENTITIES);
		var entities = directory.summaries(entityCounts.keySet().stream().map(PurchasingEntityId::new).toList());
		var byEntity = new LinkedHashMap<EntitySummary, Long>();
		entityCounts.forEach((id, count) -> {
			var entity = entities.get(new PurchasingEntityId(id));
			if (entity != null) {
				byEntity.put(entity, count);
			}
		});
		var byOrganisation = byEntity.entrySet()
			.stream()
			.collect(Collectors.groupingBy(e -> e.getKey().organisation(), Collectors.summingLong(Map.Entry::getValue)));
		return new SearchResults(pageOf, largestFirst(result.aggregation(CATEGORIES)),
				largestFirst(result.aggregation(PROCEDURES)), largestFirst(result.aggregation(DEPARTMENTS)),
				largestFirst(result.aggregation(STATES)), largestFirst(byOrganisation), largestFirst(byEntity));
	}

	private List<UUID> entitiesOf(Set<OrganisationId> organisations) {
		return directory.all()
			.stream()
			.filter(entity -> organisations.contains(entity.organisation().id()))
			.map(entity -> entity.id().value())
			.toList();
	}

	private static PredicateFinalStep predicate(SearchPredicateFactory f, FinderQuery query,
			List<UUID> entitiesOfOrganisation, List<UUID> entitiesOfPortal) {
		var states = query.states().isEmpty() ? ConsultationState.PUBLIC
				: query.states().stream().filter(ConsultationState.PUBLIC::contains).toList();
		return f.bool(b -> {
			b.must(f.matchAll());
			b.filter(f.match().field("test").matching(false));
			b.filter(states.isEmpty() ? f.not(f.matchAll()) : f.terms().field("state").matchingAny(List.copyOf(states)));
			// a draft abandoned before its publication is cancelled, yet nobody ever saw it
			b.filter(f.exists().field("publishedAt"));
			if (query.keywords() != null) {
				b.must(f.simpleQueryString()
					.fields(query.mode() == FinderQuery.Mode.EXACT ? EXACT_FIELDS : APPROACHING_FIELDS)
					.matching(query.keywords())
					.defaultOperator(BooleanOperator.AND));
			}
			if (query.category() != null) {
				b.filter(f.match().field("category").matching(query.category()));
			}
			if (query.procedure() != null) {
				b.filter(f.match().field("procedure").matching(query.procedure()));
			}
			if (query.department() != null) {
				b.filter(f.match().field("department").matching(query.department()));
			}
			if (query.entity() != null) {
				b.filter(f.match().field("entity").matching(query.entity().value()));
			}
			if (entitiesOfOrganisation != null) {
				b.filter(publishedBy(f, entitiesOfOrganisation));
			}
			if (entitiesOfPortal != null) {
				b.filter(publishedBy(f, entitiesOfPortal));
			}
			if (query.cpv() != null) {
				var code = query.cpv().length() > 8 ? query.cpv().substring(0, 8) : query.cpv();
				b.filter(f.or(f.match().field(CpvBinder.lineageField("mainCpv")).matching(code),
						f.match().field(CpvBinder.lineageField("additionalCpv")).matching(code)));
			}
			if (query.deadlineFrom() != null || query.deadlineTo() != null) {
				var from = query.deadlineFrom() == null ? null : startOf(query.deadlineFrom());
				var to = query.deadlineTo() == null ? null : startOf(query.deadlineTo().plusDays(1));
				b.filter(f.range().field("depositDeadline").between(from, org.hibernate.search.util.common.data.RangeBoundInclusion.INCLUDED,
						to, org.hibernate.search.util.common.data.RangeBoundInclusion.EXCLUDED));
			}
		});
	}

	private static PredicateFinalStep publishedBy(SearchPredicateFactory f, List<UUID> entities) {
		return entities.isEmpty() ? f.not(f.matchAll()) : f.terms().field("entity").matchingAny(entities);
	}

	private static java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(LegalTime.ZONE).toInstant();
	}

	private static <K> Map<K, Long> largestFirst(Map<K, Long> counts) {
		var sorted = new LinkedHashMap<K, Long>();
		counts.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}
}
