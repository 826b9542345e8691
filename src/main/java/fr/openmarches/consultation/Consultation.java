package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.BlobStore.StoredBlob;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A consultation and its lots and documents. Each change of state is one method below: it checks
 * the state it starts from (and the clock where the law cares), records when it happened,
 * reschedules the next check and registers the matching event.
 */
@Entity
@Table(schema = "consultation", name = "consultation")
class Consultation extends AbstractAggregateRoot<Consultation> {

	@Id
	private UUID id;

	@Column(name = "purchasing_entity_id", nullable = false)
	private UUID purchasingEntityId;

	@Column(nullable = false)
	private String reference;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String object;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProcedureType procedure;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	@Column(name = "main_cpv", nullable = false)
	private String mainCpv;

	@ElementCollection
	@CollectionTable(schema = "consultation", name = "additional_cpv", joinColumns = @JoinColumn(name = "consultation_id"))
	@OrderColumn(name = "position")
	@Column(name = "code")
	private List<String> additionalCpv = new ArrayList<>();

	private String department;

	@Column(name = "estimated_value")
	private BigDecimal estimatedValue;

	@Column(name = "questions_deadline")
	private Instant questionsDeadline;

	@Column(name = "deposit_deadline", nullable = false)
	private Instant depositDeadline;

	@Column(name = "signature_required", nullable = false)
	private boolean signatureRequired;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "consultation", name = "expected_envelope",
			joinColumns = @JoinColumn(name = "consultation_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "envelope")
	private Set<Envelope> envelopes = EnumSet.noneOf(Envelope.class);

	@Column(nullable = false)
	private boolean test;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsultationState state;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "cancellation_reason")
	private String cancellationReason;

	/** When the chronograph must look at this consultation again; see {@link #nextCheck()}. */
	@Column(name = "next_check_at")
	private Instant nextCheckAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "consultation_id", nullable = false)
	@OrderBy("number")
	private List<Lot> lots = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "consultation_id", nullable = false)
	@OrderBy("position")
	private List<ConsultationDocument> documents = new ArrayList<>();

	@Version
	private long version;

	protected Consultation() {
	}

	/** A new consultation, in {@link ConsultationState#DRAFT}. */
	static Consultation draft(NewConsultation details) {
		requireText(details.reference(), "reference");
		requireText(details.title(), "title");
		requireText(details.object(), "object");
		if (details.entity() == null || details.procedure() == null || details.category() == null
				|| details.mainCpv() == null || details.depositDeadline() == null) {
			throw new IllegalArgumentException(
					"A consultation needs an entity, a procedure, a category, a CPV code and a deposit deadline");
		}
		if (details.questionsDeadline() != null && details.questionsDeadline().isAfter(details.depositDeadline())) {
			throw new IllegalArgumentException("Questions cannot be asked after the deposit deadline");
		}
		if (details.envelopes() == null || details.envelopes().isEmpty()) {
			throw new IllegalArgumentException("A bid holds at least one envelope");
		}
		if (details.estimatedValue() != null && details.estimatedValue().signum() < 0) {
			throw new IllegalArgumentException("An estimated value cannot be negative");
		}
		var consultation = new Consultation();
		consultation.id = UUID.randomUUID();
		consultation.purchasingEntityId = details.entity().value();
		consultation.reference = details.reference().strip();
		consultation.title = details.title().strip();
		consultation.object = details.object().strip();
		consultation.procedure = details.procedure();
		consultation.category = details.category();
		consultation.mainCpv = details.mainCpv().value();
		if (details.additionalCpv() != null) {
			details.additionalCpv().stream().map(CpvCode::value).distinct().forEach(consultation.additionalCpv::add);
		}
		consultation.department = details.department() == null || details.department().isBlank() ? null
				: Department.of(details.department())
					.orElseThrow(() -> new IllegalArgumentException("Not a department: " + details.department()))
					.code();
		consultation.estimatedValue = details.estimatedValue();
		// deadlines are legal times to the second; finer digits would not survive the database anyway
		consultation.questionsDeadline = details.questionsDeadline() == null ? null
				: details.questionsDeadline().truncatedTo(ChronoUnit.SECONDS);
		consultation.depositDeadline = details.depositDeadline().truncatedTo(ChronoUnit.SECONDS);
		consultation.signatureRequired = details.signatureRequired();
		consultation.envelopes = EnumSet.copyOf(details.envelopes());
		consultation.test = details.test();
		consultation.state = ConsultationState.DRAFT;
		consultation.schedule();
		return consultation;
	}

	/** Adds a lot, numbered after the existing ones. Drafts only. */
	void addLot(NewLot lot) {
		requireState(ConsultationState.DRAFT, "change its lots");
		lots.add(new Lot(lots.size() + 1, lot));
	}

	/**
	 * Attaches a stored file. A consultation has one notice and one set of rules: attaching another
	 * replaces it. Drafts only (changes to a published consultation come with their own rules).
	 */
	void attach(DocumentKind kind, String title, String fileName, String mediaType, StoredBlob blob) {
		requireState(ConsultationState.DRAFT, "change its documents");
		if (kind != DocumentKind.PIECE) {
			documents.removeIf(document -> document.kind() == kind);
		}
		documents.add(ConsultationDocument.file(kind, nextPosition(), title, fileName, mediaType, blob));
	}

	/** Lists a piece of the DCE that is not dematerialised, with how to obtain it. Drafts only. */
	void addPieceOnPaper(String title, String howToObtain) {
		requireState(ConsultationState.DRAFT, "change its documents");
		documents.add(ConsultationDocument.onPaper(nextPosition(), title, howToObtain));
	}

	/** Makes the consultation public. Its deposit deadline must still be ahead. */
	void publish(Instant now) {
		requireState(ConsultationState.DRAFT, "be published");
		if (!depositDeadline.isAfter(now)) {
			throw new IllegalStateException("Consultation " + id + " cannot be published: its deadline has passed");
		}
		state = ConsultationState.PUBLISHED;
		publishedAt = now;
		schedule();
		registerEvent(new ConsultationPublished(id(), entity(), reference, depositDeadline, test, now));
	}

	/** Stops taking bids. Only once the deposit deadline has passed. */
	void close(Instant now) {
		requireState(ConsultationState.PUBLISHED, "close");
		if (now.isBefore(depositDeadline)) {
			throw new IllegalStateException("Consultation " + id + " cannot close before its deadline " + depositDeadline);
		}
		state = ConsultationState.CLOSED;
		closedAt = now;
		schedule();
		registerEvent(new ConsultationClosed(id(), depositDeadline, now));
	}

	/** The commission opened the bids. */
	void open(Instant now) {
		requireState(ConsultationState.CLOSED, "open its bids");
		state = ConsultationState.OPENED;
		openedAt = now;
		schedule();
		registerEvent(new ConsultationOpened(id(), now));
	}

	/** The contract was awarded. */
	void award(Instant now) {
		requireState(ConsultationState.OPENED, "be awarded");
		state = ConsultationState.AWARDED;
		decidedAt = now;
		schedule();
		registerEvent(new ConsultationAwarded(id(), now));
	}

	/** No acceptable bid: the consultation is declared unsuccessful. */
	void declareUnsuccessful(Instant now) {
		requireState(ConsultationState.OPENED, "be declared unsuccessful");
		state = ConsultationState.UNSUCCESSFUL;
		decidedAt = now;
		schedule();
		registerEvent(new ConsultationDeclaredUnsuccessful(id(), now));
	}

	/** Stops the consultation (sans suite); the reason is published. Not once bids are opened. */
	void cancel(Instant now, String reason) {
		if (!ConsultationState.CANCELLABLE.contains(state)) {
			throw new IllegalTransitionException(id(), state, "be cancelled");
		}
		requireText(reason, "cancellation reason");
		state = ConsultationState.CANCELLED;
		cancelledAt = now;
		cancellationReason = reason.strip();
		schedule();
		registerEvent(new ConsultationCancelled(id(), cancellationReason, now));
	}

	/** Applies what the passing of time has made due by {@code now}: closing at the deadline. */
	void checkDeadlines(Instant now) {
		if (state == ConsultationState.PUBLISHED && !now.isBefore(depositDeadline)) {
			close(now);
		}
		schedule();
	}

	/**
	 * When time will next change something for this consultation: its deposit deadline while it is
	 * published; nothing in any other state (the other transitions are people's decisions).
	 */
	Optional<Instant> nextCheck() {
		return state == ConsultationState.PUBLISHED ? Optional.of(depositDeadline) : Optional.empty();
	}

	/** Replays a transition that happened before the consultation came onto this platform. */
	void replay(PastTransition past) {
		switch (past.to()) {
			case DRAFT -> throw new IllegalArgumentException("A consultation cannot go back to draft");
			case PUBLISHED -> publish(past.at());
			case CLOSED -> close(past.at());
			case OPENED -> open(past.at());
			case AWARDED -> award(past.at());
			case UNSUCCESSFUL -> declareUnsuccessful(past.at());
			case CANCELLED -> cancel(past.at(), past.reason());
		}
	}

	/** Drops the events registered so far: replayed history is not news. */
	void forgetEvents() {
		clearDomainEvents();
	}

	/** The events registered and not yet published (they go out when the aggregate is saved). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	ConsultationId id() {
		return new ConsultationId(id);
	}

	PurchasingEntityId entity() {
		return new PurchasingEntityId(purchasingEntityId);
	}

	ConsultationState state() {
		return state;
	}

	String reference() {
		return reference;
	}

	Instant depositDeadline() {
		return depositDeadline;
	}

	Instant nextCheckAt() {
		return nextCheckAt;
	}

	ConsultationSummary summary(EntitySummary entity) {
		return new ConsultationSummary(id(), reference, title, entity, procedure, category, state, depositDeadline,
				publishedAt, department(), test);
	}

	ConsultationDetails details(EntitySummary entity) {
		return new ConsultationDetails(id(), reference, title, object, entity, procedure, category, new CpvCode(mainCpv),
				additionalCpv.stream().map(CpvCode::new).toList(), department(), estimatedValue, questionsDeadline,
				depositDeadline, signatureRequired, List.copyOf(EnumSet.copyOf(envelopes)), test, state, publishedAt,
				closedAt, decidedAt, cancelledAt, cancellationReason, lots.stream().map(Lot::view).toList(),
				documents.stream().map(ConsultationDocument::view).toList());
	}

	private Department department() {
		return department == null ? null : Department.of(department).orElseThrow();
	}

	private void schedule() {
		nextCheckAt = nextCheck().orElse(null);
	}

	private void requireState(ConsultationState expected, String action) {
		if (state != expected) {
			throw new IllegalTransitionException(id(), state, action);
		}
	}

	private int nextPosition() {
		return documents.stream().mapToInt(ConsultationDocument::position).max().orElse(0) + 1;
	}

	private static void requireText(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A consultation needs a " + what);
		}
	}
}
