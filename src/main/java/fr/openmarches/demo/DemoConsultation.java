package fr.openmarches.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.CpvCode;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.consultation.NewLot;
import fr.openmarches.consultation.PastTransition;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * One demo consultation, described step by step and then created through the
 * {@link ConsultationService}: its details and lots, its documents (generated PDFs, pieces on
 * paper), and where it stands (draft, published, or a past that is replayed).
 */
final class DemoConsultation {

	private static final String PDF = "application/pdf";

	private final PurchasingEntityId entity;

	private final String buyer;

	private final String reference;

	private final String title;

	private final String object;

	private ProcedureType procedure = ProcedureType.OPEN_TENDER;

	private Category category = Category.SERVICES;

	private CpvCode mainCpv;

	private List<CpvCode> additionalCpv = List.of();

	private String department;

	private BigDecimal estimatedValue;

	private Instant questionsDeadline;

	private Instant depositDeadline;

	private boolean signatureRequired;

	private Set<Envelope> envelopes = EnumSet.allOf(Envelope.class);

	private boolean test;

	private final List<NewLot> lots = new ArrayList<>();

	private boolean administrativeSpecifications;

	private List<String> requirements = List.of();

	private List<String> priceItems = List.of();

	private final List<String[]> piecesOnPaper = new ArrayList<>();

	DemoConsultation(PurchasingEntityId entity, String buyer, String reference, String title, String object) {
		this.entity = entity;
		this.buyer = buyer;
		this.reference = reference;
		this.title = title;
		this.object = object;
	}

	DemoConsultation procedure(ProcedureType procedure) {
		this.procedure = procedure;
		return this;
	}

	DemoConsultation category(Category category) {
		this.category = category;
		return this;
	}

	DemoConsultation cpv(String main, String... additional) {
		this.mainCpv = new CpvCode(main);
		this.additionalCpv = Arrays.stream(additional).map(CpvCode::new).toList();
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

	DemoConsultation forPractice() {
		this.test = true;
		return this;
	}

	DemoConsultation lot(String title, String cpv, long euros) {
		lots.add(new NewLot(title, cpv == null ? null : new CpvCode(cpv), BigDecimal.valueOf(euros)));
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

	/** Creates the consultation and leaves it a draft. */
	ConsultationId draft(ConsultationService consultations) {
		var details = details();
		var id = consultations.draft(details);
		lots.forEach(lot -> consultations.addLot(id, lot));
		attachDocuments(consultations, id, new DemoTenderDocuments.Subject(details, lots, buyer));
		return id;
	}

	/** Creates the consultation and publishes it now. */
	ConsultationId publish(ConsultationService consultations) {
		var id = draft(consultations);
		consultations.publish(id);
		return id;
	}

	/** Creates the consultation and replays what happened to it before now. */
	ConsultationId withPast(ConsultationService consultations, PastTransition... past) {
		var id = draft(consultations);
		consultations.recordPast(id, List.of(past));
		return id;
	}

	private NewConsultation details() {
		return new NewConsultation(entity, reference, title, object, procedure, category, mainCpv, additionalCpv,
				department, estimatedValue, questionsDeadline, depositDeadline, signatureRequired, envelopes, test);
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

	private static void attach(ConsultationService consultations, ConsultationId id, DocumentKind kind, String title,
			String fileName, byte[] content) {
		try {
			consultations.attach(id, kind, title, fileName, PDF, new ByteArrayInputStream(content));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store the demo document " + fileName, e);
		}
	}
}
