package fr.openmarches.submission.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.openmarches.IntegrationTest;
import fr.openmarches.signature.PdfSeals;

/** A receipt as it leaves the platform: readable, and sealed so that anyone can check it. */
@IntegrationTest
class SealedReceiptsTest {

	@Autowired
	SealedReceipts receipts;

	@Autowired
	PdfSeals seals;

	@Test
	void anIssuedReceiptIsSealedAndTimestampedAndStillReads() throws IOException {
		var pdf = receipts.issue(ReceiptDocumentTest.receipt(true, 3), Locale.FRENCH);

		var check = seals.check(pdf);
		assertThat(check.problem()).isNull();
		assertThat(check.valid()).isTrue();
		assertThat(check.timestampTime()).isNotNull();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Dépôt reçu hors délai", "AR-2026-000042");
			var signature = document.getLastSignatureDictionary();
			assertThat(signature.getReason()).isEqualTo("Accusé de réception de dépôt électronique AR-2026-000042");
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
		}
	}
}
