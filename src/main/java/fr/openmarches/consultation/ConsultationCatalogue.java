package fr.openmarches.consultation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.PurchasingEntityId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public consultations, as anyone may read them: never drafts; test consultations only
 * through {@link #training}. Searching them is {@link ConsultationFinder}'s work.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationCatalogue {

	private static final Sort SOONEST_DEADLINE = Sort.by(Sort.Order.asc("depositDeadline"), Sort.Order.asc("reference"));

	private static final Sort LATEST_PUBLISHED = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("reference"));

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

	/** The test consultations suppliers practise on, the soonest deadline first. */
	public Page<ConsultationSummary> training(int page, int size) {
		return summarise(consultations.findAll(visible(ConsultationState.PUBLIC).and(isTest(true)),
				PageRequest.of(page, size, SOONEST_DEADLINE)));
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
		return summarise(consultations.findAll(open(), PageRequest.of(0, count, LATEST_PUBLISHED))).getContent();
	}

	/** The consultations of {@code entity} open to bids, the soonest deadline first. */
	public List<ConsultationSummary> openAt(PurchasingEntityId entity) {
		Specification<Consultation> ofEntity = (root, query, builder) -> builder.equal(root.get("purchasingEntityId"),
				entity.value());
		return summarise(consultations.findAll(open().and(ofEntity), PageRequest.of(0, 100, SOONEST_DEADLINE)))
			.getContent();
	}

	/** How many consultations are open to bids. */
	public long countOpen() {
		return consultations.count(open());
	}

	/** How many consultations open to bids close within {@code period} from now. */
	public long countClosingWithin(Duration period) {
		var until = clock.instant().plus(period);
		Specification<Consultation> closingSoon = (root, query, builder) -> builder
			.lessThanOrEqualTo(root.get("depositDeadline"), until);
		return consultations.count(open().and(closingSoon));
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

	/** Consultations open to bids, test ones apart. */
	private static Specification<Consultation> open() {
		return visible(Set.of(ConsultationState.PUBLISHED)).and(isTest(false));
	}

	private static Specification<Consultation> visible(Set<ConsultationState> states) {
		return (root, query, builder) -> builder.and(
				root.get("state").in(states.stream().filter(ConsultationState.PUBLIC::contains).toList()),
				// a draft abandoned before its publication is cancelled, yet nobody ever saw it
				builder.isNotNull(root.get("publishedAt")));
	}
}
