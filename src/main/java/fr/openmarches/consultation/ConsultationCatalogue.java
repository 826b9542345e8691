package fr.openmarches.consultation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.PurchasingEntityId;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public consultations, as anyone may read them: never drafts; test consultations only
 * through {@link #training}. Keyword search is a plain SQL match for now (full-text search comes
 * with its own issue).
 */
@Service
@Transactional(readOnly = true)
public class ConsultationCatalogue {

	private final Consultations consultations;

	private final EntityDirectory directory;

	private final CpvCatalogue cpv;

	private final Clock clock;

	ConsultationCatalogue(Consultations consultations, EntityDirectory directory, CpvCatalogue cpv, Clock clock) {
		this.consultations = consultations;
		this.directory = directory;
		this.cpv = cpv;
		this.clock = clock;
	}

	/** Consultations matching {@code search}; {@code page} counts from 0. */
	public Page<ConsultationSummary> search(ConsultationSearch search, int page, int size) {
		var found = consultations.findAll(matching(search).and(isTest(false)),
				PageRequest.of(page, size, sortFor(search.order())));
		return summarise(found);
	}

	/** The test consultations suppliers practise on, the soonest deadline first. */
	public Page<ConsultationSummary> training(int page, int size) {
		var search = new ConsultationSearch(null, null, null, null, null, Set.of(), ConsultationSearch.Order.DEADLINE);
		var found = consultations.findAll(matching(search).and(isTest(true)),
				PageRequest.of(page, size, sortFor(search.order())));
		return summarise(found);
	}

	/**
	 * A public consultation (test ones included) with its current documents and the history of its
	 * changes; drafts, and drafts abandoned without being published, are not found.
	 */
	public Optional<ConsultationDetails> find(ConsultationId id) {
		return consultations.findById(id.value())
			.filter(Consultation::wasPublished)
			.map(consultation -> consultation.details(
					directory.summaries(List.of(consultation.entity())).get(consultation.entity()), CpvLabels.of(cpv)));
	}

	/** The {@code count} latest published consultations open to bids. */
	public List<ConsultationSummary> latest(int count) {
		var search = new ConsultationSearch(null, null, null, null, null, Set.of(ConsultationState.PUBLISHED),
				ConsultationSearch.Order.PUBLICATION);
		return search(search, 0, count).getContent();
	}

	/** The consultations of {@code entity} open to bids, the soonest deadline first. */
	public List<ConsultationSummary> openAt(PurchasingEntityId entity) {
		var search = new ConsultationSearch(null, null, null, null, entity, Set.of(ConsultationState.PUBLISHED),
				ConsultationSearch.Order.DEADLINE);
		return search(search, 0, 100).getContent();
	}

	/** How many consultations are open to bids. */
	public long countOpen() {
		return consultations.count(matching(ConsultationSearch.open()).and(isTest(false)));
	}

	/** How many consultations open to bids close within {@code period} from now. */
	public long countClosingWithin(Duration period) {
		var until = clock.instant().plus(period);
		Specification<Consultation> closingSoon = (root, query, builder) -> builder
			.lessThanOrEqualTo(root.get("depositDeadline"), until);
		return consultations.count(matching(ConsultationSearch.open()).and(isTest(false)).and(closingSoon));
	}

	/** The departments where public consultations are performed, for filters. */
	public List<Department> departments() {
		return Department.sorted(
				consultations.departmentsInUse().stream().map(code -> Department.of(code).orElseThrow()).toList());
	}

	private Page<ConsultationSummary> summarise(Page<Consultation> found) {
		var entities = directory.summaries(found.stream().map(Consultation::entity).toList());
		return found.map(consultation -> consultation.summary(entities.get(consultation.entity())));
	}

	private static Specification<Consultation> isTest(boolean test) {
		return (root, query, builder) -> builder.equal(root.get("test"), test);
	}

	private static Specification<Consultation> matching(ConsultationSearch search) {
		return (root, query, builder) -> {
			var conditions = new ArrayList<Predicate>();
			var states = search.states().isEmpty() ? ConsultationState.PUBLIC : search.states();
			conditions.add(root.get("state").in(states.stream().filter(ConsultationState.PUBLIC::contains).toList()));
			// a draft abandoned before its publication is cancelled, yet nobody ever saw it
			conditions.add(builder.isNotNull(root.get("publishedAt")));
			conditions.add(containing(search.keywords()).toPredicate(root, query, builder));
			if (search.category() != null) {
				conditions.add(builder.equal(root.get("category"), search.category()));
			}
			if (search.procedure() != null) {
				conditions.add(builder.equal(root.get("procedure"), search.procedure()));
			}
			if (search.department() != null && !search.department().isBlank()) {
				conditions.add(builder.equal(root.get("department"), search.department().strip().toUpperCase(Locale.ROOT)));
			}
			if (search.entity() != null) {
				conditions.add(builder.equal(root.get("purchasingEntityId"), search.entity().value()));
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
	}

	/** Consultations whose reference, title or object holds every word of {@code keywords}, literally. */
	static Specification<Consultation> containing(String keywords) {
		return (root, query, builder) -> {
			var conditions = new ArrayList<Predicate>();
			if (keywords != null && !keywords.isBlank()) {
				for (var word : keywords.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
					var pattern = "%" + escapeLike(word) + "%";
					conditions.add(builder.or(builder.like(builder.lower(root.get("reference")), pattern, '\\'),
							builder.like(builder.lower(root.get("title")), pattern, '\\'),
							builder.like(builder.lower(root.get("object")), pattern, '\\')));
				}
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
	}

	private static Sort sortFor(ConsultationSearch.Order order) {
		return switch (order) {
			case DEADLINE -> Sort.by(Sort.Order.asc("depositDeadline"), Sort.Order.asc("reference"));
			case PUBLICATION -> Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("reference"));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
