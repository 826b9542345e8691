package fr.openmarches.consultation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.BlobStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consultations as code changes them: draft, revise, attach documents, publish, publish changes,
 * open, decide, cancel. Each method loads the aggregate, asks it to make the change (it refuses
 * what its state does not allow) and saves it, which publishes the events it registered. Closing
 * is not here: the chronograph closes consultations when their deadline passes. Nothing here
 * checks who asks: {@link BuyerConsultations} does, for buyers.
 */
@Service
@Transactional
public class ConsultationService {

	static final int DOCUMENT_TITLE_MAX = 300;

	static final int HOW_TO_OBTAIN_MAX = 1_000;

	private final Consultations consultations;

	private final EntityDirectory directory;

	private final BlobStore blobs;

	private final CpvCatalogue cpv;

	private final ConsultationProperties properties;

	private final ConsultationSettings settings;

	private final TransactionTemplate transactions;

	private final OpeningKeyCheck openingKeys;

	private final Clock clock;

	ConsultationService(Consultations consultations, EntityDirectory directory, BlobStore blobs, CpvCatalogue cpv,
			ConsultationProperties properties, ConsultationSettings settings, TransactionTemplate transactions,
			OpeningKeyCheck openingKeys, Clock clock) {
		this.consultations = consultations;
		this.directory = directory;
		this.blobs = blobs;
		this.cpv = cpv;
		this.properties = properties;
		this.settings = settings;
		this.transactions = transactions;
		this.openingKeys = openingKeys;
		this.clock = clock;
	}

	/**
	 * Drafts a consultation.
	 * @throws InvalidConsultationException with every mistake: unknown entity or CPV code, reference
	 *         already used by the entity, a detail breaking a rule
	 */
	public ConsultationId draft(NewConsultation details) {
		var checked = checked(details, null);
		return consultations.save(Consultation.draft(checked, buyerKind(details.entity()), thresholds(), clock.instant()))
			.id();
	}

	/**
	 * Replaces a draft's details and lots.
	 * @throws InvalidConsultationException as {@link #draft} does
	 * @throws IllegalTransitionException when the consultation is no longer a draft
	 */
	public void revise(ConsultationId id, NewConsultation details) {
		var consultation = load(id);
		if (consultation.state() != ConsultationState.DRAFT) {
			throw new IllegalTransitionException(id, consultation.state(), "be revised");
		}
		var checked = checked(details, consultation);
		consultation.revise(checked, buyerKind(consultation.entity()), thresholds());
		consultations.save(consultation);
	}

	/**
	 * Stores a file and attaches it to a draft; returns the document's id. Called outside a
	 * transaction (as pages and the API do), the bytes are stored before the transaction starts, so
	 * that a large upload holds no database connection; within one, it takes part in it. Should the
	 * transaction roll back, the bytes stay unreferenced, which is harmless since blobs are named by
	 * their hash.
	 * @throws DocumentRefusedException when the file is empty, too large or has no usable name
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public UUID attach(ConsultationId id, DocumentKind kind, DocumentUpload upload) throws IOException {
		if (kind == null) {
			throw new InvalidConsultationException(Violation.of("kind", "consultation.form.required"));
		}
		// refuse before the upload is read when the consultation cannot take it anyway
		requireState(id, ConsultationState.DRAFT, "change its documents");
		var file = store(upload);
		return transactions.execute(status -> {
			var consultation = load(id);
			var document = consultation.attach(kind, file);
			consultations.save(consultation);
			return document;
		});
	}

	/** Lists a piece that is not dematerialised on a draft, with how to obtain it. */
	public UUID addPieceOnPaper(ConsultationId id, String title, String howToObtain) {
		var violations = new ArrayList<Violation>();
		ConsultationRules.text(violations, "title", title, DOCUMENT_TITLE_MAX);
		ConsultationRules.text(violations, "howToObtain", howToObtain, HOW_TO_OBTAIN_MAX);
		if (!violations.isEmpty()) {
			throw new InvalidConsultationException(violations);
		}
		var consultation = load(id);
		var document = consultation.addPieceOnPaper(title, howToObtain);
		consultations.save(consultation);
		return document;
	}

	/** Takes a document off a draft. */
	public void removeDocument(ConsultationId id, UUID document) {
		change(id, consultation -> consultation.removeDocument(document));
	}

	/** What a draft still lacks to be published now. */
	@Transactional(readOnly = true)
	public PublicationCheck check(ConsultationId id) {
		return load(id).check(clock.instant(), thresholds(), openingKeys.hasOpeningKey(id));
	}

	/** @throws PublicationRefusedException while something blocking is missing */
	public void publish(ConsultationId id) {
		change(id, consultation -> consultation.publish(clock.instant(), thresholds(), openingKeys.hasOpeningKey(id)));
	}

	/**
	 * Publishes a change (addendum) to a public consultation's documents; returns its number. Files
	 * are stored first, outside the transaction, as for {@link #attach}.
	 * @throws InvalidConsultationException without a reason, without any change, or naming a
	 *         document that is not a current one of the consultation
	 * @throws DocumentRefusedException when a file is empty, too large or unnamed
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int publishChange(ConsultationId id, Addendum addendum) throws IOException {
		requireState(id, ConsultationState.PUBLISHED, "publish a change");
		var replacements = new ArrayList<Consultation.Replacing>();
		for (var replacement : addendum.replacements()) {
			replacements.add(new Consultation.Replacing(replacement.document(), store(replacement.file())));
		}
		var additions = new ArrayList<StoredFile>();
		for (var addition : addendum.additions()) {
			additions.add(store(addition));
		}
		return transactions.execute(status -> {
			var consultation = load(id);
			int number = consultation.publishChange(clock.instant(), addendum.reason(), replacements,
					addendum.removals(), additions);
			consultations.save(consultation);
			return number;
		});
	}

	/**
	 * Moves a consultation's deposit deadline later, reopening it if it closed at the deadline and
	 * is not opened yet; returns the previous deadline. {@link DeadlineExtended} tells the
	 * downloaders. Joins the caller's transaction: the caller holds the rule that allows it (the
	 * evidence module, after an outage of the platform before the deadline).
	 * @throws IllegalTransitionException unless published, or closed and not opened
	 * @throws InvalidConsultationException without a reason or for a deadline not later
	 */
	public Instant extendDeadline(ConsultationId id, Instant newDeadline, String reason) {
		var consultation = load(id);
		var previous = consultation.extendDeadline(clock.instant(), newDeadline, reason);
		consultations.save(consultation);
		return previous;
	}

	public void open(ConsultationId id) {
		change(id, consultation -> consultation.open(clock.instant()));
	}

	public void award(ConsultationId id) {
		change(id, consultation -> consultation.award(clock.instant()));
	}

	public void declareUnsuccessful(ConsultationId id) {
		change(id, consultation -> consultation.declareUnsuccessful(clock.instant()));
	}

	/** @throws InvalidConsultationException without a reason */
	public void cancel(ConsultationId id, String reason) {
		change(id, consultation -> consultation.cancel(clock.instant(), reason));
	}

	/**
	 * Brings a draft's past onto the platform: replays its transitions at the instants they
	 * happened, under the same rules as live ones, without publishing events (history is not news).
	 * For migrations from another platform and for demonstration data.
	 * @throws IllegalArgumentException when a transition lies in the future or out of order
	 */
	public void recordPast(ConsultationId id, List<PastTransition> transitions) {
		var now = clock.instant();
		var previous = Instant.MIN;
		for (var transition : transitions) {
			if (transition.at().isAfter(now) || transition.at().isBefore(previous)) {
				throw new IllegalArgumentException("Past transitions come in order and before now: " + transition);
			}
			previous = transition.at();
		}
		var consultation = load(id);
		boolean openingKey = openingKeys.hasOpeningKey(id);
		transitions.forEach(transition -> consultation.replay(transition, thresholds(), openingKey));
		consultation.forgetEvents();
		consultations.save(consultation);
	}

	/**
	 * Consultations as lists show them, in any state, for modules that keep consultation ids and
	 * check who asks themselves; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public Map<ConsultationId, ConsultationSummary> summaries(Collection<ConsultationId> ids) {
		var found = consultations.findAllById(ids.stream().map(ConsultationId::value).distinct().toList());
		var entities = directory.summaries(found.stream().map(Consultation::entity).distinct().toList());
		var summaries = new LinkedHashMap<ConsultationId, ConsultationSummary>();
		found.forEach(consultation -> summaries.put(consultation.id(),
				consultation.summary(entities.get(consultation.entity()))));
		return summaries;
	}

	/**
	 * Every mistake in {@code details}, without saving anything: for forms that have mistakes of
	 * their own to show together.
	 * @param revised the draft being revised; {@code null} for a new one
	 */
	@Transactional(readOnly = true)
	public List<Violation> validate(NewConsultation details, ConsultationId revised) {
		var consultation = revised == null ? null : load(revised);
		var violations = new ArrayList<Violation>();
		normalised(details, consultation, violations);
		return List.copyOf(violations);
	}

	/** The details with their CPV codes as the vocabulary writes them, once every check passed. */
	private NewConsultation checked(NewConsultation details, Consultation revised) {
		var violations = new ArrayList<Violation>();
		var normalised = normalised(details, revised, violations);
		if (!violations.isEmpty()) {
			throw new InvalidConsultationException(violations);
		}
		return normalised;
	}

	/**
	 * The details with their CPV codes as the vocabulary writes them, adding to {@code violations}
	 * what is wrong: the rules, and what only the platform knows (the entity, the codes, the
	 * reference unique within the entity).
	 */
	private NewConsultation normalised(NewConsultation written, Consultation revised, List<Violation> violations) {
		var details = revised == null ? written : written.withEntity(revised.entity());
		violations.addAll(ConsultationRules.check(details));
		var entity = revised != null ? revised.entity() : details.entity();
		if (entity != null && directory.find(entity).isEmpty()) {
			violations.add(Violation.of("entity", "consultation.form.entity.unknown"));
		}
		var mainCpv = code(violations, "mainCpv", details.mainCpv());
		var additional = new ArrayList<String>();
		for (int i = 0; i < details.additionalCpv().size(); i++) {
			var code = code(violations, "additionalCpv[" + i + "]", details.additionalCpv().get(i));
			if (code != null) {
				additional.add(code);
			}
		}
		var lots = new ArrayList<NewLot>();
		for (int i = 0; i < details.lots().size(); i++) {
			var lot = details.lots().get(i);
			lots.add(new NewLot(lot.title(), code(violations, "lots[" + i + "].cpv", lot.cpv()), lot.estimatedValue()));
		}
		if (entity != null && !ConsultationRules.blank(details.reference())) {
			var reference = details.reference().strip();
			boolean taken = revised == null
					? consultations.existsByPurchasingEntityIdAndReference(entity.value(), reference)
					: consultations.existsByPurchasingEntityIdAndReferenceAndIdNot(entity.value(), reference,
							revised.id().value());
			if (taken) {
				violations.add(Violation.of("reference", "consultation.form.reference.taken", reference));
			}
		}
		return details.withCodes(mainCpv, List.copyOf(additional), lots);
	}

	/** The code as the vocabulary writes it; {@code null} when blank or unknown (then a violation). */
	private String code(List<Violation> violations, String field, String typed) {
		if (ConsultationRules.blank(typed)) {
			return null;
		}
		var found = cpv.find(typed);
		if (found.isEmpty()) {
			violations.add(Violation.of(field, "cpv.unknown", typed.strip()));
			return null;
		}
		return found.get().code();
	}

	private BuyerKind buyerKind(PurchasingEntityId entity) {
		return directory.find(entity)
			.map(found -> BuyerKind.of(found.organisation().kind()))
			.orElseThrow(() -> new InvalidConsultationException(Violation.of("entity", "consultation.form.entity.unknown")));
	}

	private EuThresholds thresholds() {
		return properties.euThresholds();
	}

	/**
	 * Streams an upload into the blob store, refusing it when empty, too large or unnamed. Its title
	 * is {@code null} when the buyer gave none: a new version keeps the title of the one it
	 * replaces, a new document takes its file's name.
	 */
	private StoredFile store(DocumentUpload upload) throws IOException {
		var name = FileNames.clean(upload.fileName());
		if (name.isEmpty()) {
			throw new DocumentRefusedException(DocumentRefusedException.Reason.UNNAMED, name);
		}
		var title = ConsultationRules.blank(upload.title()) ? null : upload.title().strip();
		if (title != null && title.length() > DOCUMENT_TITLE_MAX) {
			throw new InvalidConsultationException(Violation.of("title", "consultation.form.tooLong", DOCUMENT_TITLE_MAX));
		}
		long limit = settings.maxDocumentSize().toBytes();
		try (var in = new PushbackInputStream(upload.content().getInputStream(), 1)) {
			int first = in.read();
			if (first < 0) {
				throw new DocumentRefusedException(DocumentRefusedException.Reason.EMPTY, name);
			}
			in.unread(first);
			var blob = blobs.put(new Limited(in, limit, name));
			return new StoredFile(title, name, FileNames.mediaType(name), blob);
		}
	}

	private void change(ConsultationId id, Consumer<Consultation> change) {
		var consultation = load(id);
		change.accept(consultation);
		consultations.save(consultation);
	}

	private Consultation load(ConsultationId id) {
		return consultations.findById(id.value()).orElseThrow(() -> new NoSuchConsultationException(id));
	}

	private void requireState(ConsultationId id, ConsultationState expected, String action) {
		transactions.executeWithoutResult(status -> {
			var state = load(id).state();
			if (state != expected) {
				throw new IllegalTransitionException(id, state, action);
			}
		});
	}

	/** Refuses a stream once it has given more than {@code limit} bytes. */
	private static final class Limited extends FilterInputStream {

		private final long limit;

		private final String name;

		private long count;

		Limited(InputStream in, long limit, String name) {
			super(in);
			this.limit = limit;
			this.name = name;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) {
			count += n;
			if (count > limit) {
				throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, name, limit);
			}
		}
	}
}
