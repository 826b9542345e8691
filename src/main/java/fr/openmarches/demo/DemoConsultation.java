package fr.openmarches.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.consultation.Addendum;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.DocumentUpload;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.consultation.NewLot;
import fr.openmarches.consultation.PastTransition;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * One demo consultation, described step by step and then created through the
 * {@link ConsultationService}: its details and lots, its documents (generated PDFs, pieces on
 * paper), where it stands (draft, published, or a past that is replayed), and a change published
 * after it went public.
 */
final class DemoConsultation {

	private final PurchasingEntityId entity;

	private final String buyer;

	private final String reference;

	private final String title;

	private final String object;

	private ProcedureType procedure = ProcedureType.OPEN_TENDER;

	private Category category = Category.SERVICES;

	private String mainCpv;

	private List<String> additionalCpv = List.of();

	private String department;

	private BigDecimal estimatedValue;

	private Instant questionsDeadline;

	private Instant depositDeadline;

	private boolean signatureRequired;

	private Set<Envelope> envelopes = EnumSet.allOf(Envelope.class);

	private boolean restricted;

	private boolean defenceOrSecurity;

	private boolean test;

	private final List<NewLot> lots = new ArrayList<>();

	private boolean administrativeSpecifications;

	private List<String> requirements = List.of();

	private List<String> priceItems = List.of();

	private final List<String[]> piecesOnPaper = new ArrayList<>();

	/** The documents attached, by file name. */
	private final Map<String, UUID> attached = new HashMap<>();

	private String changeReason;

	private List<String> addedPriceItems = List.of();

	private List<String> schedule = List.of();

	DemoConsultation(PurchasingEntityId entity, String buyer, String reference, String title, String object) {
		this.entity = entity;
		this.buyer = buyer;
		this.reference = reference;
		this.title = title;
		this.object = object;
	}

	/** The procedure; those in two phases (restricted, negotiated, dialogue) invite their bidders. */
	DemoConsultation procedure(ProcedureType procedure) {
		this.procedure = procedure;
		this.restricted = EnumSet.of(ProcedureType.RESTRICTED_TENDER, ProcedureType.NEGOTIATED,
				ProcedureType.COMPETITIVE_DIALOGUE).contains(procedure);
		return this;
	}

	DemoConsultation category(Category category) {
		this.category = category;
		return this;
	}

	/** CPV codes, eight digits each. */
	DemoConsultation cpv(String main, String... additional) {
		this.mainCpv = main;
		this.additionalCpv = Arrays.asList(additional);
		return this;
	}

	DemoConsultation department(String department) {
		this.department = department;
		return this;
	}

	DemoConsultation estimatedAt(long euros) {
		this.estimatedValue = BigDecimal.valueOf(euros);
		return this;
	}

	DemoConsultation questionsUntil(Instant deadline) {
		this.questionsDeadline = deadline;
		return this;
	}

	DemoConsultation bidsUntil(Instant deadline) {
		this.depositDeadline = deadline;
		return this;
	}

	DemoConsultation signedBids() {
		this.signatureRequired = true;
		return this;
	}

	DemoConsultation envelopes(Envelope... envelopes) {
		this.envelopes = EnumSet.copyOf(Arrays.asList(envelopes));
		return this;
	}

	DemoConsultation defenceOrSecurity() {
		this.defenceOrSecurity = true;
		return this;
	}

	DemoConsultation forPractice() {
		this.test = true;
		return this;
	}

	DemoConsultation lot(String title, String cpv, long euros) {
		lots.add(new NewLot(title, cpv, BigDecimal.valueOf(euros)));
		return this;
	}

	/** Adds a CCAP to the DCE. */
	DemoConsultation withAdministrativeSpecifications() {
		this.administrativeSpecifications = true;
		return this;
	}

	/** Adds a CCTP listing these requirements. */
	DemoConsultation withTechnicalSpecifications(String... requirements) {
		this.requirements = List.of(requirements);
		return this;
	}

	/** Adds a BPU with these items, each « designation|unit ». */
	DemoConsultation withPriceSchedule(String... items) {
		this.priceItems = List.of(items);
		return this;
	}

	DemoConsultation withPieceOnPaper(String title, String howToObtain) {
		piecesOnPaper.add(new String[] { title, howToObtain });
		return this;
	}

	/**
	 * Once published, a change (addendum) for {@code reason}: the BPU is replaced by a version
	 * holding {@code priceItems} too, and a works schedule is added with these phases (« phase|weeks »).
	 */
	DemoConsultation amendedAfterPublication(String reason, List<String> priceItems, List<String> schedule) {
		this.changeReason = reason;
		this.addedPriceItems = priceItems;
		this.schedule = schedule;
		return this;
	}

	/** Creates the consultation and leaves it a draft. */
	ConsultationId draft(ConsultationService consultations) {
		var details = details();
		var id = consultations.draft(details);
		attachDocuments(consultations, id, subject(details));
		return id;
	}

	/**
	 * Creates the consultation, gives it its commission and opening key, publishes it now, then
	 * publishes its change if it has one.
	 */
	ConsultationId publish(ConsultationService consultations, DemoCommissions commissions) {
		var id = draft(consultations);
		commissions.ceremony(id, entity);
		consultations.publish(id);
		if (changeReason != null) {
			publishChange(consultations, id);
		}
		return id;
	}

	/** Creates the consultation, gives it its commission and opening key, and replays what happened to it before now. */
	ConsultationId withPast(ConsultationService consultations, DemoCommissions commissions, PastTransition... past) {
		var id = draft(consultations);
		commissions.ceremony(id, entity);
		consultations.recordPast(id, List.of(past));
		return id;
	}

	private NewConsultation details() {
		return new NewConsultation(entity, reference, title, object, procedure, category, mainCpv, additionalCpv, lots,
				department, estimatedValue, questionsDeadline, depositDeadline, signatureRequired, envelopes, restricted,
				defenceOrSecurity, false, test);
	}

	private DemoTenderDocuments.Subject subject(NewConsultation details) {
		return new DemoTenderDocuments.Subject(details, lots, buyer);
	}

	private void publishChange(ConsultationService consultations, ConsultationId id) {
		var subject = subject(details());
		var items = new ArrayList<>(priceItems);
		items.addAll(addedPriceItems);
		var priceSchedule = new DocumentUpload("Bordereau des prix unitaires (BPU), indice B", "BPU-indice-B.pdf",
				() -> new ByteArrayInputStream(DemoTenderDocuments.priceSchedule(subject, items)));
		var works = new DocumentUpload("Calendrier prévisionnel des travaux", "calendrier-travaux.pdf",
				() -> new ByteArrayInputStream(DemoTenderDocuments.worksSchedule(subject, schedule)));
		try {
			consultations.publishChange(id, new Addendum(changeReason,
					List.of(new Addendum.Replacement(attached.get("BPU.pdf"), priceSchedule)), List.of(), List.of(works)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store the demo change of " + reference, e);
		}
	}

	private void attachDocuments(ConsultationService consultations, ConsultationId id,
			DemoTenderDocuments.Subject subject) {
		var pieces = new ArrayList<String>();
		pieces.add("Le règlement de la consultation (RC)");
		if (administrativeSpecifications) {
			pieces.add("Le cahier des clauses administratives particulières (CCAP)");
		}
		if (!requirements.isEmpty()) {
			pieces.add("Le cahier des clauses techniques particulières (CCTP)");
		}
		if (!priceItems.isEmpty()) {
			pieces.add("Le bordereau des prix unitaires (BPU)");
		}
		piecesOnPaper.forEach(piece -> pieces.add(piece[0] + " (non dématérialisé)"));

		attach(consultations, id, DocumentKind.NOTICE, "Avis d'appel public à la concurrence", "avis.pdf",
				DemoTenderDocuments.notice(subject));
		attach(consultations, id, DocumentKind.RULES, "Règlement de la consultation", "RC.pdf",
				DemoTenderDocuments.rules(subject, pieces));
		if (administrativeSpecifications) {
			attach(consultations, id, DocumentKind.PIECE, "Cahier des clauses administratives particulières (CCAP)",
					"CCAP.pdf", DemoTenderDocuments.administrativeSpecifications(subject));
		}
		if (!requirements.isEmpty()) {
			attach(consultations, id, DocumentKind.PIECE, "Cahier des clauses techniques particulières (CCTP)",
					"CCTP.pdf", DemoTenderDocuments.technicalSpecifications(subject, requirements));
		}
		if (!priceItems.isEmpty()) {
			attach(consultations, id, DocumentKind.PIECE, "Bordereau des prix unitaires (BPU)", "BPU.pdf",
					DemoTenderDocuments.priceSchedule(subject, priceItems));
		}
		piecesOnPaper.forEach(piece -> consultations.addPieceOnPaper(id, piece[0], piece[1]));
	}

	private void attach(ConsultationService consultations, ConsultationId id, DocumentKind kind, String title,
			String fileName, byte[] content) {
		try {
			attached.put(fileName, consultations.attach(id, kind,
					new DocumentUpload(title, fileName, () -> new ByteArrayInputStream(content))));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store the demo document " + fileName, e);
		}
	}
}
