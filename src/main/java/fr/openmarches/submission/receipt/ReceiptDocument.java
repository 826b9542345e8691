package fr.openmarches.submission.receipt;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

import fr.openmarches.evidence.ReceiptVerification;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.PdfFonts;
import fr.openmarches.platform.PdfPageFlow;
import fr.openmarches.platform.PdfTexts;

/**
 * The deposit receipt as a PDF (A4), in French unless asked in English: who deposited what, for
 * which consultation, when, and the hashes that tie it to the timestamp and the evidence log. A
 * late deposit opens with a banner. The PDF is then sealed by the platform
 * ({@code fr.openmarches.signature.PdfSeals}); rendering itself signs nothing.
 */
public final class ReceiptDocument {

	private ReceiptDocument() {
	}

	/** The receipt as PDF bytes; French for any locale but English. */
	public static byte[] render(ReceiptContent receipt, Locale locale) {
		var texts = new PdfTexts("submission", "receipt", locale);
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var fonts = new PdfFonts(document);
			try (var flow = new PdfPageFlow(document, fonts)) {
				header(flow, fonts, texts, receipt);
				consultation(flow, fonts, texts, receipt);
				depositor(flow, fonts, texts, receipt);
				deposit(flow, fonts, texts, receipt);
				pieces(flow, fonts, texts, receipt);
				flow.gap(12);
				flow.paragraph(texts.text(receipt.timestampPending() ? "submission.receipt.signature.pending"
						: "submission.receipt.signature"), fonts.regular, 8.5f, Color.DARK_GRAY);
			}
			var pages = document.getNumberOfPages();
			PdfPageFlow.footers(document, fonts,
					page -> texts.text("submission.receipt.footer", receipt.receiptNumber(), Integer.toString(page), Integer.toString(pages)));
			describe(document, texts, receipt);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render receipt " + receipt.receiptNumber(), e);
		}
	}

	private static void header(PdfPageFlow flow, PdfFonts fonts, PdfTexts texts, ReceiptContent receipt)
			throws IOException {
		flow.paragraph(texts.text("submission.receipt.title"), fonts.bold, 17, Color.BLACK);
		flow.gap(6);
		flow.field(texts.text("submission.receipt.number"), receipt.receiptNumber(), fonts.bold);
		if (receipt.late()) {
			flow.banner(texts.text("submission.receipt.late.banner"), texts.text("submission.receipt.late.detail"));
		}
		if (receipt.timestampPending()) {
			flow.banner(texts.text("submission.receipt.pending.banner"), texts.text("submission.receipt.pending.detail"));
		}
	}

	private static void consultation(PdfPageFlow flow, PdfFonts fonts, PdfTexts texts, ReceiptContent receipt)
			throws IOException {
		flow.heading(texts.text("submission.receipt.section.consultation"));
		flow.field(texts.text("submission.receipt.buyer"), receipt.buyerName(), fonts.regular);
		flow.field(texts.text("submission.receipt.consultation.reference"), receipt.consultationReference(), fonts.regular);
		flow.field(texts.text("submission.receipt.consultation.title"), receipt.consultationTitle(), fonts.regular);
		flow.field(texts.text("submission.receipt.consultation.object"), receipt.consultationObject(), fonts.regular);
		flow.field(texts.text("submission.receipt.deadline"), texts.dateTime(receipt.depositDeadline()), fonts.regular);
	}

	private static void depositor(PdfPageFlow flow, PdfFonts fonts, PdfTexts texts, ReceiptContent receipt)
			throws IOException {
		flow.heading(texts.text("submission.receipt.section.depositor"));
		flow.field(texts.text("submission.receipt.depositor.name"), receipt.depositorName(), fonts.regular);
		flow.field(texts.text("submission.receipt.depositor.email"), receipt.depositorEmail(), fonts.regular);
		flow.field(texts.text("submission.receipt.company"), receipt.companyName(), fonts.regular);
		flow.field(texts.text("submission.receipt.siret"), receipt.siret(), fonts.mono);
	}

	private static void deposit(PdfPageFlow flow, PdfFonts fonts, PdfTexts texts, ReceiptContent receipt)
			throws IOException {
		flow.heading(texts.text("submission.receipt.section.deposit"));
		flow.field(texts.text("submission.receipt.deposit.id"), receipt.depositId(), fonts.mono);
		flow.field(texts.text("submission.receipt.receivedAt"), texts.dateTime(receipt.receivedAt()), fonts.bold);
		flow.field(texts.text("submission.receipt.status"), texts.text(receipt.late() ? "submission.receipt.status.late" : "submission.receipt.status.onTime"),
				receipt.late() ? fonts.bold : fonts.regular);
		if (receipt.timestampPending()) {
			flow.field(texts.text("submission.receipt.timestamp"), texts.text("submission.receipt.timestamp.pending"),
					fonts.bold);
		}
		else if (receipt.lateTimestampSequence() != null) {
			flow.field(texts.text("submission.receipt.timestamp"), texts.text("submission.receipt.timestamp.later",
					receipt.timestampTime(), Long.toString(receipt.lateTimestampSequence())), fonts.regular);
		}
		else {
			flow.field(texts.text("submission.receipt.timestamp"), receipt.timestampTime(), fonts.regular);
		}
		flow.hash(texts.text("submission.receipt.manifest"), receipt.manifestSha256());
		flow.field(texts.text("submission.receipt.evidence"), Long.toString(receipt.evidenceSequence()), fonts.mono);
		flow.field(texts.text("submission.receipt.backupCopy"),
				receipt.backupCopy() == null ? texts.text("submission.receipt.backupCopy.none") : receipt.backupCopy(), fonts.regular);
		flow.paragraph(texts.text("submission.receipt.times"), fonts.regular, 8.5f, Color.DARK_GRAY);
	}

	private static void pieces(PdfPageFlow flow, PdfFonts fonts, PdfTexts texts, ReceiptContent receipt)
			throws IOException {
		flow.heading(texts.text("submission.receipt.section.pieces", receipt.pieces().size()));
		var number = 0;
		for (var piece : receipt.pieces()) {
			number++;
			flow.keep(95); // a piece is not split across pages
			flow.paragraph(number + ". " + piece.fileName(), fonts.bold, 9.5f, Color.BLACK);
			flow.field(texts.text("submission.receipt.piece.envelope"), piece.envelope(), fonts.regular);
			if (piece.lot() != null) {
				flow.field(texts.text("submission.receipt.piece.lot"), piece.lot(), fonts.regular);
			}
			flow.field(texts.text("submission.receipt.piece.size"), texts.size(piece.size()), fonts.regular);
			flow.hash(texts.text("submission.receipt.piece.plain"), piece.plainSha256());
			flow.hash(texts.text("submission.receipt.piece.sealed"), piece.sealedSha256());
			flow.gap(4);
		}
	}

	/** Title, subject and dates in the PDF's properties, as a file manager or a reader lists them. */
	private static void describe(PDDocument document, PdfTexts texts, ReceiptContent receipt) {
		var information = document.getDocumentInformation();
		information.setTitle(texts.text("submission.receipt.title") + " " + receipt.receiptNumber());
		information.setSubject(receipt.consultationReference() + " — " + receipt.companyName());
		information.setCreator("OpenMarchés");
		var created = GregorianCalendar.from(receipt.receivedAt().atZone(LegalTime.ZONE));
		information.setCreationDate(created);
		information.setModificationDate((Calendar) created.clone());
		document.getDocumentCatalog().setLanguage(texts.language());
		// read back by the verifier (/verifier): what ties the receipt to the evidence log
		information.setCustomMetadataValue(ReceiptVerification.DEPOSIT_KEY, receipt.depositId());
		information.setCustomMetadataValue(ReceiptVerification.MANIFEST_KEY, receipt.manifestSha256());
		information.setCustomMetadataValue(ReceiptVerification.SEQUENCE_KEY, Long.toString(receipt.evidenceSequence()));
	}
}
