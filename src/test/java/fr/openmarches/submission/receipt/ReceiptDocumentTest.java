package fr.openmarches.submission.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The deposit receipt's PDF, read back as a person (or a text extractor) would. */
class ReceiptDocumentTest {

	static final String MANIFEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	// 14:05:12 in Paris on 23 November 2026 (UTC+1)
	static final Instant RECEIVED = Instant.parse("2026-11-23T13:05:12Z");

	static final Instant DEADLINE = Instant.parse("2026-11-23T11:00:00Z");

	@Test
	void aReceiptStatesEveryFieldInFrenchWithAccentsAndParisTimes() throws IOException {
		var text = text(ReceiptDocument.render(receipt(false, 2), Locale.FRENCH));

		assertThat(text).contains("Accusé de réception de dépôt électronique", "N° d’accusé de réception",
				"AR-2026-000042", "Hélène Lefèvre-Dupré", "helene.lefevre@exemple.fr", "Société Bâtiments Œuvre & Fils",
				"SIRET", "12345678900012", "Acheteur", "Ministère de l’Écologie", "Référence", "2026-ÉCO-17",
				"Intitulé", "Réfection des façades — lot « maçonnerie »", "Objet", "Travaux de ravalement",
				"Date limite de remise des plis", "26/11/2026 à 12:00:00", "Reçu le", "23/11/2026 à 14:05:12",
				"Reçu dans les délais", "Identifiant du dépôt", "d1e2f3a4-0000-4000-8000-000000000001",
				"Horodatage (RFC 3161)", "23/11/2026 à 14:05:13", "N° d’ordre au journal de preuves", "4711",
				"Copie de sauvegarde", "Clé USB remise en main propre", "Pièces déposées (2)", "Enveloppe",
				"candidature", "Lot", "Lot 1 — Gros œuvre", "DC1-déclaration-0001.pdf", "SHA-256 en clair",
				"SHA-256 chiffré", "Accusé de réception AR-2026-000042 — page 1 sur 1");
		assertThat(text).doesNotContain("Dépôt reçu hors délai");
		// a SHA-256 stays on one line, to be selected and compared whole
		assertThat(text).contains(MANIFEST, plain(1), sealed(1), plain(2), sealed(2));
	}

	@Test
	void sizesAreReadableWithTheExactNumberOfBytes() throws IOException {
		var text = text(ReceiptDocument.render(receipt(false, 2), Locale.FRENCH));

		assertThat(text.replace('\u202F', ' ').replace('\u00A0', ' ')).contains("1,2 Mo (1 234 567 octets)",
				"312 o");
	}

	@Test
	void aLateDepositOpensWithABanner() throws IOException {
		var text = text(ReceiptDocument.render(receipt(true, 1), Locale.FRENCH));

		assertThat(text).contains("Dépôt reçu hors délai", "Reçu hors délai");
		assertThat(text.indexOf("Dépôt reçu hors délai")).isLessThan(text.indexOf("Consultation"));
	}

	@Test
	void threeHundredPiecesTakeSeveralA4PagesEachNumbered() throws IOException {
		var pdf = ReceiptDocument.render(receipt(false, 300), Locale.FRENCH);

		try (var document = Loader.loadPDF(pdf)) {
			var pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(10);
			for (var page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
				assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			}
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Pièces déposées (300)", "DC1-déclaration-0300.pdf",
					"page " + pages + " sur " + pages);
			assertThat(squeezed(text)).contains(plain(300), sealed(300));
		}
	}

	@Test
	void inEnglishTheLabelsAreEnglish() throws IOException {
		var text = text(ReceiptDocument.render(receipt(true, 2), Locale.ENGLISH));

		assertThat(text).contains("Electronic deposit receipt", "Receipt number", "Deposit received after the deadline",
				"Buyer", "Deadline for bids", "23/11/2026 at 12:00:00", "Received on", "23/11/2026 at 14:05:12",
				"Files deposited (2)", "Plaintext SHA-256", "Encrypted SHA-256", "Receipt AR-2026-000042 — page 1 of ");
		assertThat(text.replace('\u00A0', ' ')).contains("1.2 MB (1,234,567 bytes)");
		assertThat(text).doesNotContain("Accusé de réception de dépôt");
	}

	@Test
	void anyOtherLanguageReadsFrench() throws IOException {
		assertThat(text(ReceiptDocument.render(receipt(false, 1), Locale.GERMAN)))
			.contains("Accusé de réception de dépôt électronique");
	}

	@Test
	void theFontsAreEmbeddedSubsets() throws IOException {
		try (var document = Loader.loadPDF(ReceiptDocument.render(receipt(false, 1), Locale.FRENCH))) {
			var fonts = new HashSet<String>();
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					var font = page.getResources().getFont(name);
					assertThat(font).isInstanceOf(PDType0Font.class);
					assertThat(font.isEmbedded()).isTrue();
					fonts.add(font.getName());
				}
			}
			// a subset's name is tagged ABCDEF+
			assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
		}
	}

	@Test
	void charactersTheFontLacksDoNotStopTheReceipt() throws IOException {
		var receipt = receipt(false, 1);
		var odd = new ReceiptContent.Piece("offre", null, "\uD83D\uDCC4 mémoire\ttechnique\u0007.pdf", 10, plain(1),
				sealed(1));
		var withOddName = new ReceiptContent(receipt.receiptNumber(), receipt.depositorName(), receipt.depositorEmail(),
				receipt.companyName(), receipt.siret(), receipt.buyerName(), receipt.consultationReference(),
				receipt.consultationTitle(), receipt.consultationObject(), receipt.receivedAt(), false,
				receipt.depositDeadline(), receipt.depositId(), receipt.manifestSha256(), receipt.timestampTime(),
				receipt.evidenceSequence(), List.of(odd), null);

		var text = text(ReceiptDocument.render(withOddName, Locale.FRENCH));

		assertThat(text).contains("mémoire technique", "Aucune");
	}

	static ReceiptContent receipt(boolean late, int pieces) {
		var files = IntStream.rangeClosed(1, pieces)
			.mapToObj(i -> new ReceiptContent.Piece(i % 2 == 1 ? "candidature" : "offre", "Lot 1 — Gros œuvre",
					"DC1-déclaration-%04d.pdf".formatted(i), i % 2 == 1 ? 1_234_567 : 312, plain(i), sealed(i)))
			.toList();
		return new ReceiptContent("AR-2026-000042", "Hélène Lefèvre-Dupré", "helene.lefevre@exemple.fr",
				"Société Bâtiments Œuvre & Fils", "12345678900012", "Ministère de l’Écologie", "2026-ÉCO-17",
				"Réfection des façades — lot « maçonnerie »", "Travaux de ravalement et d’isolation thermique par l’extérieur",
				RECEIVED, late, late ? DEADLINE : DEADLINE.plus(Duration.ofDays(3)),
				"d1e2f3a4-0000-4000-8000-000000000001", MANIFEST, "23/11/2026 à 14:05:13", 4711, files,
				"Clé USB remise en main propre");
	}

	static String plain(int i) {
		return "%064x".formatted(i).replace('0', 'a');
	}

	static String sealed(int i) {
		return "%064x".formatted(i).replace('0', 'b');
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Without the line breaks a wrapped hash takes. */
	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}
}
