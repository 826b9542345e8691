package fr.openmarches.opening;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;

import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.PdfFonts;
import fr.openmarches.platform.PdfPageFlow;
import fr.openmarches.platform.PdfTexts;

/**
 * The opening report (procès-verbal d'ouverture des plis) as a PDF: the consultation, the
 * platform's availability over the hours before the deadline (its probes of itself), the
 * commission and its quorum, each session held (envelope, host, times, members present and when
 * they joined), then every deposit, late ones apart with the decision to open them, and per piece
 * its envelope, size, the hashes declared and found, what opening gave and what its signature
 * check found. Rendering signs nothing: {@link OpeningDesk#report} seals it.
 */
final class OpeningReport {

	private final PdfTexts texts;

	private final OpeningSessionView view;

	private final ConsultationSummary summary;

	private final DeadlineAvailability.Statement availability;

	private final Instant drawnUp;

	private PdfFonts fonts;

	private PdfPageFlow flow;

	private OpeningReport(OpeningSessionView view, ConsultationSummary summary,
			DeadlineAvailability.Statement availability, Instant drawnUp, Locale locale) {
		this.texts = new PdfTexts("opening", "report", locale);
		this.view = view;
		this.summary = summary;
		this.availability = availability;
		this.drawnUp = drawnUp;
	}

	static String title(Locale locale) {
		return new PdfTexts("opening", "report", locale).text("opening.report.title");
	}

	/** The report of {@code view} as PDF bytes, drawn up at {@code drawnUp}; French for any locale but English. */
	static byte[] render(OpeningSessionView view, ConsultationSummary summary,
			DeadlineAvailability.Statement availability, Instant drawnUp, Locale locale) {
		return new OpeningReport(view, summary, availability, drawnUp, locale).render();
	}

	private byte[] render() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			fonts = new PdfFonts(document);
			try (var pages = new PdfPageFlow(document, fonts)) {
				flow = pages;
				header();
				availability();
				commission();
				sessions();
				deposits(texts.text("opening.report.section.deposits", view.deposits().size()), view.deposits());
				if (!view.lateDeposits().isEmpty()) {
					deposits(texts.text("opening.report.section.late", view.lateDeposits().size()), view.lateDeposits());
				}
				flow.gap(12);
				flow.paragraph(texts.text("opening.report.seal"), fonts.regular, 8.5f, Color.DARK_GRAY);
			}
			var count = document.getNumberOfPages();
			PdfPageFlow.footers(document, fonts, page -> texts.text("opening.report.footer", view.reference(),
					Integer.toString(page), Integer.toString(count)));
			describe(document);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render the opening report of " + view.reference(), e);
		}
	}

	private void header() throws IOException {
		flow.paragraph(texts.text("opening.report.title"), fonts.bold, 17, Color.BLACK);
		flow.gap(6);
		flow.field(texts.text("opening.report.buyer"), summary.entity().name(), fonts.regular);
		flow.field(texts.text("opening.report.reference"), view.reference(), fonts.bold);
		flow.field(texts.text("opening.report.consultation"), view.title(), fonts.regular);
		flow.field(texts.text("opening.report.deadline"), texts.dateTime(summary.depositDeadline()), fonts.regular);
		flow.field(texts.text("opening.report.drawnUp"), texts.dateTime(drawnUp), fonts.regular);
		flow.hash(texts.text("opening.report.openingKey"), view.openingFingerprint());
	}

	/** The platform's availability before the deadline, from its probes of itself (evidence module). */
	private void availability() throws IOException {
		flow.heading(texts.text("opening.report.section.availability"));
		var periods = availability.periods();
		if (periods.isEmpty()) {
			flow.paragraph(texts.text("opening.report.availability.none"), fonts.regular, 9.5f, Color.BLACK);
			return;
		}
		var total = new LinkedHashMap<String, Duration>();
		for (var period : periods) {
			total.merge(period.status(), Duration.between(period.start(), period.end()), Duration::plus);
		}
		flow.field(texts.text("opening.report.availability.window"), texts.text("opening.report.availability.span",
				texts.dateTime(periods.getFirst().start()), texts.dateTime(periods.getLast().end())), fonts.regular);
		flow.field(texts.text("opening.report.availability.totals"), total.entrySet()
			.stream()
			.map(e -> texts.text("opening.report.availability." + e.getKey()) + " " + minutes(e.getValue()))
			.collect(Collectors.joining(" ; ")), fonts.regular);
		for (var period : periods) {
			if (!period.status().equals("UP")) {
				flow.field(texts.text("opening.report.availability." + period.status()),
						texts.text("opening.report.availability.span", texts.dateTime(period.start()),
								texts.dateTime(period.end())), fonts.bold);
			}
		}
		availabilityEvidence();
	}

	/** Where the statement above is chained, so that anyone can check it is the one recorded then. */
	private void availabilityEvidence() throws IOException {
		if (!availability.recorded()) {
			flow.field(texts.text("opening.report.availability.evidence"),
					texts.text("opening.report.availability.notRecorded"), fonts.regular);
			return;
		}
		flow.field(texts.text("opening.report.availability.evidence"),
				texts.text("opening.report.availability.entry", Long.toString(availability.evidenceSequence())), fonts.regular);
		flow.hash(texts.text("opening.report.availability.entryHash"), availability.entrySha256());
		flow.hash(texts.text("opening.report.availability.statementHash"), availability.statementSha256());
	}

	private String minutes(Duration duration) {
		return texts.text("opening.report.availability.minutes", duration.toMinutes());
	}

	private void commission() throws IOException {
		flow.heading(texts.text("opening.report.section.commission"));
		flow.field(texts.text("opening.report.quorum"),
				texts.text("opening.report.quorumValue", view.quorum(), view.commission().size()), fonts.regular);
		flow.field(texts.text("opening.report.members"),
				view.commission().stream().map(OpeningSessionView.Member::name).collect(Collectors.joining(", ")),
				fonts.regular);
	}

	private void sessions() throws IOException {
		var held = view.session() == null ? view.past()
				: Stream.concat(view.past().stream(), Stream.of(view.session())).toList();
		flow.heading(texts.text("opening.report.section.sessions", held.size()));
		if (held.isEmpty()) {
			flow.paragraph(texts.text("opening.report.noSession"), fonts.regular, 9.5f, Color.BLACK);
		}
		for (var session : held) {
			flow.keep(80);
			flow.paragraph(texts.text("opening.envelope." + session.envelope()), fonts.bold, 9.5f, Color.BLACK);
			flow.field(texts.text("opening.report.host"), session.hostName(), fonts.regular);
			flow.field(texts.text("opening.report.started"), texts.dateTime(session.startedAt()), fonts.regular);
			flow.field(texts.text("opening.report.ended"), session.endedAt() == null
					? texts.text("opening.report.inProgress") : texts.dateTime(session.endedAt()), fonts.regular);
			flow.field(texts.text("opening.report.present"), session.present()
				.stream()
				.map(p -> texts.text("opening.report.presence", p.name(), texts.dateTime(p.joinedAt())))
				.collect(Collectors.joining(" ; ")), fonts.regular);
			flow.hash(texts.text("opening.report.sessionKey"), session.fingerprint());
			flow.gap(4);
		}
	}

	private void deposits(String heading, List<OpeningSessionView.Deposit> deposits) throws IOException {
		flow.heading(heading);
		if (deposits.isEmpty()) {
			flow.paragraph(texts.text("opening.report.noDeposit"), fonts.regular, 9.5f, Color.BLACK);
		}
		for (var deposit : deposits) {
			flow.keep(90);
			flow.paragraph(deposit.number() + " — " + deposit.companyName(), fonts.bold, 10.5f, Color.BLACK);
			flow.field(texts.text("opening.report.receivedAt"), texts.dateTime(deposit.receivedAt()), fonts.regular);
			if (deposit.late()) {
				flow.field(texts.text("opening.report.lateDecision"), deposit.lateDecision() == null
						? texts.text("opening.report.lateUndecided")
						: texts.text("opening.report.lateDecided", deposit.lateDecision().name(),
								texts.dateTime(deposit.lateDecision().at()), deposit.lateDecision().reason()),
						fonts.regular);
			}
			for (var piece : deposit.pieces()) {
				piece(deposit, piece);
			}
			flow.gap(6);
		}
	}

	private void piece(OpeningSessionView.Deposit deposit, OpeningSessionView.Piece piece) throws IOException {
		flow.keep(70);
		flow.paragraph((piece.position() + 1) + ". " + (piece.fileName() == null
				? texts.text("opening.session.sealedPiece", piece.position() + 1) : piece.fileName()), fonts.regular, 9.5f,
				Color.BLACK);
		flow.field(texts.text("opening.report.envelope"), texts.text("opening.envelope." + piece.envelope())
				+ (piece.lot() == null ? "" : " — " + texts.text("opening.report.lot", piece.lot())), fonts.regular);
		flow.field(texts.text("opening.report.size"), texts.size(piece.size()), fonts.regular);
		flow.field(texts.text("opening.report.outcome"), piece.outcome() == null
				? texts.text("opening.piece.outcome.none")
				: texts.text("opening.piece.outcome." + piece.outcome()) + " — " + texts.dateTime(piece.triedAt()),
				piece.outcome() == null || piece.readable() ? fonts.regular : fonts.bold);
		flow.hash(texts.text("opening.report.declared"), piece.plainSha256());
		if (piece.foundSha256() != null && !piece.foundSha256().equals(piece.plainSha256())) {
			flow.hash(texts.text("opening.report.found"), piece.foundSha256());
		}
		if (piece.readable()) {
			flow.field(texts.text("opening.report.signature"), signature(deposit, piece), fonts.regular);
		}
	}

	private String signature(OpeningSessionView.Deposit deposit, OpeningSessionView.Piece piece) {
		var signature = piece.signature();
		if (signature == null) {
			return texts.text("opening.report.signaturePending");
		}
		var said = new StringBuilder(texts.text("opening.signature.status." + signature.status()));
		if (signature.checkedPosition() != piece.position()) {
			said.append(" — ").append(texts.text("opening.signature.signedBy", deposit.fileName(signature.checkedPosition())));
		}
		else if (signature.signsPosition() != null) {
			said.append(" — ").append(texts.text("opening.signature.signs", deposit.fileName(signature.signsPosition())));
		}
		for (var signer : signature.signers()) {
			said.append(" — ").append(texts.text("opening.signature.signer", signer.signer() == null ? "?" : signer.signer(),
					signer.organisation() == null ? "—" : signer.organisation(), signer.level() == null ? "—" : signer.level(),
					texts.text(signer.qualified() ? "opening.signature.qualified" : "opening.signature.notQualified")));
			var failed = signer.checks().stream().filter(check -> !check.passed()).toList();
			if (!failed.isEmpty()) {
				said.append(" — ").append(texts.text("opening.report.failedChecks", failed.stream()
					.map(check -> texts.text("opening.report.requirement." + check.requirement()))
					.collect(Collectors.joining(", "))));
			}
		}
		return said.toString();
	}

	private void describe(PDDocument document) {
		var information = document.getDocumentInformation();
		information.setTitle(texts.text("opening.report.title") + " " + view.reference());
		information.setSubject(view.title());
		information.setCreator("OpenMarchés");
		information.setCreationDate(GregorianCalendar.from(drawnUp.atZone(LegalTime.ZONE)));
		document.getDocumentCatalog().setLanguage(texts.language());
	}
}
