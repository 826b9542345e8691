package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.openmarches.consultation.ConsultationChanged.ChangedDocument;
import fr.openmarches.consultation.ConsultationDetails.ChangeView;
import fr.openmarches.consultation.ConsultationDetails.DocumentChange;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.PurchasingEntityId;
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
 * A consultation and its lots, documents and changes. Each change of state is one method below:
 * it checks the state it starts from (and the clock where the law cares), records when it
 * happened, reschedules the next check and registers the matching event.
 */
@Entity
@Table(schema = "consultation", name = "consultation")
class Consultation extends AbstractAggregateRoot<Consultation> {

	private static final Pattern CPV = Pattern.compile("[0-9]{8}");

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
	private boolean restricted;

	@Column(name = "defence_or_security", nullable = false)
	private boolean defenceOrSecurity;

	@Column(nullable = false)
	private boolean utilities;

	@Enumerated(EnumType.STRING)
	@Column(name = "buyer_kind", nullable = false)
	private BuyerKind buyerKind;

	/** Marked for the JOUE: worked out while a draft, frozen at publication. */
	@Column(name = "eu_publication", nullable = false)
	private boolean euPublication;

	@Column(nullable = false)
	private boolean test;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsultationState state;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

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

	/** Every document, current or retired by a change. */
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "consultation_id", nullable = false)
	@OrderBy("position")
	private List<ConsultationDocument> documents = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "consultation_id", nullable = false)
	@OrderBy("number")
	private List<ConsultationChange> changes = new ArrayList<>();

	@Version
	private long version;

	protected Consultation() {
	}

	/**
	 * A new consultation, in {@link ConsultationState#DRAFT}, awarded by a buyer of kind
	 * {@code buyer}.
	 * @throws InvalidConsultationException when the details break a rule
	 */
	static Consultation draft(NewConsultation details, BuyerKind buyer, EuThresholds thresholds, Instant now) {
		var consultation = new Consultation();
		consultation.id = UUID.randomUUID();
		consultation.state = ConsultationState.DRAFT;
		consultation.createdAt = now;
		consultation.write(details, buyer, thresholds);
		consultation.schedule();
		return consultation;
	}

	/** Replaces the draft's details and lots with {@code details}. Drafts only; the entity stays. */
	void revise(NewConsultation details, BuyerKind buyer, EuThresholds thresholds) {
		requireState(ConsultationState.DRAFT, "be revised");
		if (details.entity() != null && !details.entity().equals(entity())) {
			throw new IllegalArgumentException("A consultation stays with the entity that drafted it");
		}
		write(details.withEntity(entity()), buyer, thresholds);
	}

	private void write(NewConsultation details, BuyerKind buyer, EuThresholds thresholds) {
		var violations = new ArrayList<>(ConsultationRules.check(details));
		cpvFormat(violations, "mainCpv", details.mainCpv());
		for (int i = 0; i < details.additionalCpv().size(); i++) {
			cpvFormat(violations, "additionalCpv[" + i + "]", details.additionalCpv().get(i));
		}
		for (int i = 0; i < details.lots().size(); i++) {
			if (details.lots().get(i).cpv() != null) {
				cpvFormat(violations, "lots[" + i + "].cpv", details.lots().get(i).cpv());
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidConsultationException(violations);
		}
		if (purchasingEntityId == null) {
			purchasingEntityId = details.entity().value();
		}
		reference = details.reference().strip();
		title = details.title().strip();
		object = details.object().strip();
		procedure = details.procedure();
		category = details.category();
		mainCpv = details.mainCpv();
		additionalCpv.clear();
		details.additionalCpv().stream().distinct().filter(code -> !code.equals(mainCpv)).forEach(additionalCpv::add);
		// lots keep their rows, rewritten in place: numbers are unique, and the database would see a
		// new lot 1 before the old one is deleted
		while (lots.size() > details.lots().size()) {
			lots.removeLast();
		}
		for (int i = 0; i < details.lots().size(); i++) {
			if (i < lots.size()) {
				lots.get(i).rewrite(details.lots().get(i));
			}
			else {
				lots.add(new Lot(i + 1, details.lots().get(i)));
			}
		}
		department = ConsultationRules.blank(details.department()) ? null
				: Department.of(details.department()).orElseThrow().code();
		estimatedValue = details.estimatedValue();
		// deadlines are legal times to the second; finer digits would not survive the database anyway
		questionsDeadline = details.questionsDeadline() == null ? null
				: details.questionsDeadline().truncatedTo(ChronoUnit.SECONDS);
		depositDeadline = details.depositDeadline().truncatedTo(ChronoUnit.SECONDS);
		signatureRequired = details.signatureRequired();
		envelopes = EnumSet.copyOf(details.envelopes());
		restricted = details.restricted();
		defenceOrSecurity = details.defenceOrSecurity();
		utilities = details.utilities();
		test = details.test();
		buyerKind = Objects.requireNonNull(buyer, "buyer");
		euPublication = thresholds.requireEuPublication(contract());
	}

	/**
	 * Attaches a stored file and returns its id. A consultation has one notice and one set of
	 * rules: attaching another replaces it. Drafts only (a public consultation changes its
	 * documents through {@link #publishChange}).
	 */
	UUID attach(DocumentKind kind, StoredFile file) {
		requireState(ConsultationState.DRAFT, "change its documents");
		if (kind != DocumentKind.PIECE) {
			documents.removeIf(document -> document.kind() == kind);
		}
		var document = ConsultationDocument.file(kind, nextPosition(), file);
		documents.add(document);
		return document.id();
	}

	/** Lists a piece of the DCE that is not dematerialised, with how to obtain it. Drafts only. */
	UUID addPieceOnPaper(String title, String howToObtain) {
		requireState(ConsultationState.DRAFT, "change its documents");
		var document = ConsultationDocument.onPaper(nextPosition(), title, howToObtain);
		documents.add(document);
		return document.id();
	}

	/** Takes a document off a draft (nobody has seen it: nothing needs keeping). */
	void removeDocument(UUID document) {
		requireState(ConsultationState.DRAFT, "change its documents");
		if (!documents.removeIf(d -> d.id().equals(document))) {
			throw new InvalidConsultationException(Violation.of("document", "consultation.document.unknown"));
		}
	}

	/**
	 * What the draft still lacks to be published {@code now}, and where its notice would go.
	 * @param openingKey whether its opening key is made (the {@code opening} module knows)
	 */
	PublicationCheck check(Instant now, EuThresholds thresholds, boolean openingKey) {
		var unmet = EnumSet.noneOf(Requirement.class);
		if (current().noneMatch(d -> d.kind() == DocumentKind.RULES)) {
			unmet.add(Requirement.RULES);
		}
		if (procedure != ProcedureType.MAPA && current().noneMatch(d -> d.kind() == DocumentKind.NOTICE)) {
			unmet.add(Requirement.NOTICE);
		}
		if (!depositDeadline.isAfter(now)) {
			unmet.add(Requirement.DEPOSIT_DEADLINE_AHEAD);
		}
		if (questionsDeadline != null && !questionsDeadline.isAfter(now)) {
			unmet.add(Requirement.QUESTIONS_DEADLINE_AHEAD);
		}
		if (!openingKey) {
			unmet.add(Requirement.OPENING_KEY);
		}
		if (contractValue() == null) {
			unmet.add(Requirement.ESTIMATED_VALUE);
		}
		if (current().noneMatch(d -> d.kind() == DocumentKind.PIECE)) {
			unmet.add(Requirement.TENDER_DOCUMENTS);
		}
		var contract = contract();
		return new PublicationCheck(unmet, thresholds.requireEuPublication(contract), contract,
				thresholds.thresholdFor(contract));
	}

	/**
	 * Makes the consultation public, once nothing blocking is missing (the rules, a deadline
	 * ahead…). Whether its notice goes to the JOUE is settled now, with the thresholds in force.
	 */
	void publish(Instant now, EuThresholds thresholds, boolean openingKey) {
		requireState(ConsultationState.DRAFT, "be published");
		var check = check(now, thresholds, openingKey);
		if (!check.publishable()) {
			throw new PublicationRefusedException(id(), check.missing());
		}
		state = ConsultationState.PUBLISHED;
		publishedAt = now;
		euPublication = check.euPublication();
		schedule();
		registerEvent(new ConsultationPublished(id(), entity(), reference, depositDeadline, test, now));
	}

	/**
	 * Publishes a change (addendum) to the documents of a public consultation, before its deadline:
	 * replaced and removed documents are kept, retired by this change; returns the change's number.
	 * @throws InvalidConsultationException when there is no reason, nothing changes, or a document
	 *         is not a current one of this consultation
	 */
	int publishChange(Instant now, String reason, List<Replacing> replacements, List<UUID> removals,
			List<StoredFile> additions) {
		requireState(ConsultationState.PUBLISHED, "publish a change");
		if (!now.isBefore(depositDeadline)) {
			throw new DeadlinePassedException(id(), depositDeadline, "publish a change");
		}
		var violations = new ArrayList<Violation>();
		ConsultationRules.text(violations, "reason", reason, ConsultationRules.REASON_MAX);
		if (replacements.isEmpty() && removals.isEmpty() && additions.isEmpty()) {
			violations.add(Violation.of("documents", "consultation.change.nothing"));
		}
		var touched = new HashSet<UUID>();
		for (var replaced : replacements.stream().map(Replacing::document).toList()) {
			touch(violations, touched, replaced);
		}
		for (var removed : removals) {
			touch(violations, touched, removed);
			currentDocument(removed).filter(d -> d.kind() != DocumentKind.PIECE)
				.ifPresent(d -> violations.add(Violation.of("documents", "consultation.change.keepsRulesAndNotice")));
		}
		if (!violations.isEmpty()) {
			throw new InvalidConsultationException(violations);
		}
		int number = changes.size() + 1;
		var changed = new ArrayList<ChangedDocument>();
		for (var replacement : replacements) {
			var previous = currentDocument(replacement.document()).orElseThrow();
			var next = previous.replaceBy(replacement.file(), number);
			documents.add(next);
			changed.add(changed(DocumentChangeType.REPLACED, next, previous));
		}
		for (var removal : removals) {
			var previous = currentDocument(removal).orElseThrow();
			previous.retire(number);
			changed.add(changed(DocumentChangeType.REMOVED, null, previous));
		}
		for (var addition : additions) {
			var added = ConsultationDocument.file(DocumentKind.PIECE, nextPosition(), addition).addedIn(number);
			documents.add(added);
			changed.add(changed(DocumentChangeType.ADDED, added, null));
		}
		changes.add(new ConsultationChange(number, reason.strip(), now));
		registerEvent(new ConsultationChanged(id(), entity(), reference, title, number, reason.strip(), changed, test,
				now));
		return number;
	}

	/**
	 * Moves the deposit deadline later, for the reason given (published with it). A consultation
	 * closed at its deadline and not opened yet takes bids again until the new one: what a buyer
	 * decides when the platform failed before the deadline (the rule is the caller's). Returns the
	 * previous deadline.
	 * @throws IllegalTransitionException unless published, or closed and not opened
	 * @throws InvalidConsultationException without a reason, or for a deadline not later than both
	 *         the current one and now
	 */
	Instant extendDeadline(Instant now, Instant newDeadline, String reason) {
		if (state != ConsultationState.PUBLISHED && state != ConsultationState.CLOSED) {
			throw new IllegalTransitionException(id(), state, "have its deadline extended");
		}
		var violations = new ArrayList<Violation>();
		ConsultationRules.text(violations, "reason", reason, ConsultationRules.REASON_MAX);
		var extended = newDeadline == null ? null : newDeadline.truncatedTo(ChronoUnit.SECONDS);
		if (extended == null || !extended.isAfter(depositDeadline) || !extended.isAfter(now)) {
			violations.add(Violation.of("newDeadline", "consultation.deadline-extension.not-later"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidConsultationException(violations);
		}
		var previous = depositDeadline;
		var reopened = state == ConsultationState.CLOSED;
		depositDeadline = extended;
		if (reopened) {
			state = ConsultationState.PUBLISHED;
			closedAt = null;
		}
		schedule();
		registerEvent(new DeadlineExtended(id(), entity(), reference, title, previous, extended, reason.strip(), reopened,
				test, now));
		return previous;
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

	/** Stops the consultation (sans suite) from any state before a decision; the reason is published. */
	void cancel(Instant now, String reason) {
		if (!ConsultationState.CANCELLABLE.contains(state)) {
			throw new IllegalTransitionException(id(), state, "be cancelled");
		}
		var violations = new ArrayList<Violation>();
		ConsultationRules.text(violations, "reason", reason, ConsultationRules.REASON_MAX);
		if (!violations.isEmpty()) {
			throw new InvalidConsultationException(violations);
		}
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

	/**
	 * Replays a transition that happened before the consultation came onto this platform, under the
	 * rules of a live one: a replayed publication needs the opening key too (what was deposited must
	 * be openable here).
	 */
	void replay(PastTransition past, EuThresholds thresholds, boolean openingKey) {
		switch (past.to()) {
			case DRAFT -> throw new IllegalArgumentException("A consultation cannot go back to draft");
			case PUBLISHED -> publish(past.at(), thresholds, openingKey);
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

	boolean euPublication() {
		return euPublication;
	}

	/** Whether the public ever saw it: published, whatever happened since. */
	boolean wasPublished() {
		return publishedAt != null;
	}

	/** What the EU thresholds look at. */
	EuThresholds.Contract contract() {
		return new EuThresholds.Contract(contractValue(), category, procedure, buyerKind, defenceOrSecurity, utilities);
	}

	/**
	 * The estimated value of the whole contract: the one the buyer gave, or else the sum of the lots'
	 * (the thresholds count every lot together); {@code null} when no value is known.
	 */
	BigDecimal contractValue() {
		if (estimatedValue != null) {
			return estimatedValue;
		}
		var values = lots.stream().map(Lot::estimatedValue).filter(Objects::nonNull).toList();
		return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	ConsultationSummary summary(EntitySummary entity) {
		return new ConsultationSummary(id(), reference, title, entity, procedure, category, state, depositDeadline,
				publishedAt, department(), test, restricted, euPublication);
	}

	/** The consultation with its CPV codes labelled by {@code cpv}. */
	ConsultationDetails details(EntitySummary entity, Function<String, CpvCode> cpv) {
		return new ConsultationDetails(id(), reference, title, object, entity, procedure, category, cpv.apply(mainCpv),
				additionalCpv.stream().map(cpv).toList(), department(), estimatedValue, questionsDeadline,
				depositDeadline, signatureRequired, List.copyOf(EnumSet.copyOf(envelopes)), restricted,
				defenceOrSecurity, utilities, euPublication, test, state, createdAt, publishedAt, closedAt, decidedAt,
				cancelledAt, cancellationReason, lots.stream().map(lot -> lot.view(cpv)).toList(),
				current().sorted(Comparator.comparingInt(ConsultationDocument::position))
					.map(ConsultationDocument::view)
					.toList(),
				changeViews());
	}

	private List<ChangeView> changeViews() {
		Map<UUID, ConsultationDocument> byId = documents.stream()
			.collect(Collectors.toMap(ConsultationDocument::id, Function.identity()));
		return changes.stream().map(change -> {
			int number = change.number();
			var touched = new ArrayList<DocumentChange>();
			documents.stream()
				.filter(d -> Objects.equals(d.addedIn(), number))
				.sorted(Comparator.comparingInt(ConsultationDocument::position))
				.forEach(d -> touched.add(d.replaces() == null ? new DocumentChange(DocumentChangeType.ADDED, d.view(), null)
						: new DocumentChange(DocumentChangeType.REPLACED, d.view(), byId.get(d.replaces()).view())));
			var replaced = documents.stream().map(ConsultationDocument::replaces).filter(Objects::nonNull)
				.collect(Collectors.toSet());
			documents.stream()
				.filter(d -> Objects.equals(d.removedIn(), number) && !replaced.contains(d.id()))
				.sorted(Comparator.comparingInt(ConsultationDocument::position))
				.forEach(d -> touched.add(new DocumentChange(DocumentChangeType.REMOVED, null, d.view())));
			return new ChangeView(number, change.publishedAt(), change.reason(), List.copyOf(touched));
		}).toList();
	}

	private Stream<ConsultationDocument> current() {
		return documents.stream().filter(ConsultationDocument::current);
	}

	private Optional<ConsultationDocument> currentDocument(UUID document) {
		return current().filter(d -> d.id().equals(document)).findFirst();
	}

	private void touch(List<Violation> violations, Set<UUID> touched, UUID document) {
		if (currentDocument(document).isEmpty()) {
			violations.add(Violation.of("documents", "consultation.change.unknownDocument"));
		}
		else if (!touched.add(document)) {
			violations.add(Violation.of("documents", "consultation.change.twice"));
		}
	}

	private static ChangedDocument changed(DocumentChangeType type, ConsultationDocument now,
			ConsultationDocument before) {
		var subject = (now != null ? now : before).view();
		return new ChangedDocument(type, subject.kind(), subject.title(), now == null ? null : now.id(),
				now == null ? null : now.view().fileName(), before == null ? null : before.id(),
				before == null ? null : before.view().fileName());
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

	private static void cpvFormat(List<Violation> violations, String field, String code) {
		if (code != null && !code.isBlank() && !CPV.matcher(code).matches()) {
			violations.add(Violation.of(field, "cpv.unknown", code));
		}
	}

	/** A current document and the stored file that replaces it. */
	record Replacing(UUID document, StoredFile file) {
	}
}
