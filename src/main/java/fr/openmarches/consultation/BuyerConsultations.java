package fr.openmarches.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.openmarches.consultation.ConsultationDetails.DocumentView;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.BlobStore;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultations of the entities a buyer acts for, as that buyer reads and changes them. A
 * buyer acts for the entities where they are appointed buyer or entity administrator; any other
 * consultation is, for them, {@linkplain NoSuchConsultationException not found}, whatever they ask
 * and however they learnt its id. Changes go through {@link ConsultationService}.
 */
@Service
public class BuyerConsultations {

	/** The roles that draft and publish consultations. */
	static final Set<AgentRole> BUYING_ROLES = Set.of(AgentRole.BUYER, AgentRole.ENTITY_ADMINISTRATOR);

	private final Consultations consultations;

	private final ConsultationService service;

	private final OrganisationService organisations;

	private final EntityDirectory directory;

	private final CpvCatalogue cpv;

	private final BlobStore blobs;

	BuyerConsultations(Consultations consultations, ConsultationService service, OrganisationService organisations,
			EntityDirectory directory, CpvCatalogue cpv, BlobStore blobs) {
		this.consultations = consultations;
		this.service = service;
		this.organisations = organisations;
		this.directory = directory;
		this.cpv = cpv;
		this.blobs = blobs;
	}

	/** The entities {@code buyer} drafts and publishes for, by name. */
	@Transactional(readOnly = true)
	public List<EntitySummary> entitiesOf(AccountId buyer) {
		return directory.summaries(entityIds(buyer))
			.values()
			.stream()
			.sorted(Comparator.comparing(EntitySummary::name).thenComparing(e -> e.id().value()))
			.toList();
	}

	/** The buyer's consultations matching {@code search}, the latest drafted first; {@code page} from 0. */
	@Transactional(readOnly = true)
	public Page<ConsultationSummary> search(AccountId buyer, BuyerSearch search, int page, int size) {
		var entities = scope(buyer, search.entity());
		if (entities.isEmpty()) {
			return Page.empty(PageRequest.of(page, size));
		}
		Specification<Consultation> mine = (root, query, builder) -> {
			var conditions = new ArrayList<Predicate>();
			conditions.add(root.get("purchasingEntityId").in(entities.stream().map(PurchasingEntityId::value).toList()));
			if (search.state() != null) {
				conditions.add(builder.equal(root.get("state"), search.state()));
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
		var found = consultations.findAll(mine.and(containing(search.keywords())),
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("reference"))));
		var summaries = directory.summaries(entities);
		return found.map(consultation -> consultation.summary(summaries.get(consultation.entity())));
	}

	/** How many consultations the buyer's entities (or {@code entity} alone) have in each state. */
	@Transactional(readOnly = true)
	public Map<ConsultationState, Long> countByState(AccountId buyer, PurchasingEntityId entity) {
		var counts = new EnumMap<ConsultationState, Long>(ConsultationState.class);
		for (var state : ConsultationState.values()) {
			counts.put(state, 0L);
		}
		var entities = scope(buyer, entity);
		if (!entities.isEmpty()) {
			consultations.countByState(entities.stream().map(PurchasingEntityId::value).toList())
				.forEach(count -> counts.put(count.getState(), count.getCount()));
		}
		return counts;
	}

	/** One of the buyer's consultations, in any state, with every version of its documents. */
	@Transactional(readOnly = true)
	public Optional<ConsultationDetails> find(AccountId buyer, ConsultationId id) {
		if (!actsFor(buyer, id)) {
			return Optional.empty();
		}
		return consultations.findById(id.value())
			.map(consultation -> consultation.details(
					directory.summaries(List.of(consultation.entity())).get(consultation.entity()), CpvLabels.of(cpv)));
	}

	/** What one of the buyer's drafts still lacks to be published. */
	public PublicationCheck check(AccountId buyer, ConsultationId id) {
		requireAccess(buyer, id);
		return service.check(id);
	}

	/**
	 * Every mistake in what the buyer wrote, without saving anything.
	 * @param revised the draft being revised; {@code null} for a new one
	 */
	public List<Violation> validate(AccountId buyer, NewConsultation details, ConsultationId revised) {
		if (revised != null) {
			requireAccess(buyer, revised);
		}
		var violations = new ArrayList<Violation>();
		if (revised == null && details.entity() != null && !entityIds(buyer).contains(details.entity())) {
			violations.add(Violation.of("entity", "consultation.form.entity.unknown"));
		}
		violations.addAll(service.validate(details, revised));
		return violations.stream().distinct().toList();
	}

	/**
	 * Drafts a consultation for one of the buyer's entities.
	 * @throws InvalidConsultationException as {@link ConsultationService#draft} does, and when the
	 *         entity is not one of the buyer's
	 */
	public ConsultationId draft(AccountId buyer, NewConsultation details) {
		if (details.entity() != null && !entityIds(buyer).contains(details.entity())) {
			throw new InvalidConsultationException(Violation.of("entity", "consultation.form.entity.unknown"));
		}
		return service.draft(details);
	}

	public void revise(AccountId buyer, ConsultationId id, NewConsultation details) {
		requireAccess(buyer, id);
		service.revise(id, details);
	}

	public UUID attach(AccountId buyer, ConsultationId id, DocumentKind kind, DocumentUpload upload)
			throws IOException {
		requireAccess(buyer, id);
		return service.attach(id, kind, upload);
	}

	public UUID addPieceOnPaper(AccountId buyer, ConsultationId id, String title, String howToObtain) {
		requireAccess(buyer, id);
		return service.addPieceOnPaper(id, title, howToObtain);
	}

	public void removeDocument(AccountId buyer, ConsultationId id, UUID document) {
		requireAccess(buyer, id);
		service.removeDocument(id, document);
	}

	public void publish(AccountId buyer, ConsultationId id) {
		requireAccess(buyer, id);
		service.publish(id);
	}

	public int publishChange(AccountId buyer, ConsultationId id, Addendum addendum) throws IOException {
		requireAccess(buyer, id);
		return service.publishChange(id, addendum);
	}

	public void cancel(AccountId buyer, ConsultationId id, String reason) {
		requireAccess(buyer, id);
		service.cancel(id, reason);
	}

	/**
	 * A file of one of the buyer's consultations, any version, with what it is; empty when the
	 * document is not a file of that consultation.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> open(AccountId buyer, ConsultationId id, UUID document) throws IOException {
		var found = find(buyer, id).flatMap(details -> details.document(document)).filter(DocumentView::dematerialised);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new StoredDocument(found.get(), blobs.open(found.get().blob())));
	}

	/** A stored document and its bytes, to be closed by the reader. */
	public record StoredDocument(DocumentView document, InputStream content) {
	}

	/** Whether {@code buyer} acts for the entity of consultation {@code id}. */
	@Transactional(readOnly = true)
	public boolean actsFor(AccountId buyer, ConsultationId id) {
		return consultations.findEntityOf(id.value())
			.map(PurchasingEntityId::new)
			.filter(entityIds(buyer)::contains)
			.isPresent();
	}

	private void requireAccess(AccountId buyer, ConsultationId id) {
		if (!actsFor(buyer, id)) {
			throw new NoSuchConsultationException(id);
		}
	}

	/** The buyer's entities, or {@code entity} alone if it is one of them (else none). */
	private Set<PurchasingEntityId> scope(AccountId buyer, PurchasingEntityId entity) {
		var mine = entityIds(buyer);
		if (entity == null) {
			return mine;
		}
		return mine.contains(entity) ? Set.of(entity) : Set.of();
	}

	private Set<PurchasingEntityId> entityIds(AccountId buyer) {
		return organisations.appointmentsOf(buyer)
			.stream()
			.filter(appointment -> appointment.roles().stream().anyMatch(BUYING_ROLES::contains))
			.map(appointment -> appointment.entity())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Consultations whose reference, title or object holds every word of {@code keywords}, literally. */
	private static Specification<Consultation> containing(String keywords) {
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

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
