package fr.openmarches.download.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.download.Downloader;
import fr.openmarches.download.DownloadView;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {

	static final RegisterCsv.Labels LABELS = new RegisterCsv.Labels(
			List.of("Date", "Nom", "Prénom", "Entreprise", "Courriel", "Étendue", "Pièces"), "Anonyme", "DCE complet",
			"Partiel");

	@Test
	void oneLinePerDownloadInParisTimeWithABomForSpreadsheets() throws Exception {
		var consultation = new ConsultationId(UUID.randomUUID());
		var identified = new DownloadView(UUID.randomUUID(), consultation, Instant.parse("2026-11-23T09:15:00Z"),
				new Downloader("Léa", "Fontaine", "Atelier; \"Numérique\"", "lea@berry.example", Locale.FRENCH), null,
				false, List.of(new DownloadView.PieceView(UUID.randomUUID(), "RC", "RC.pdf", 10),
						new DownloadView.PieceView(UUID.randomUUID(), "CCTP", "CCTP.pdf", 20)));
		var anonymous = new DownloadView(UUID.randomUUID(), consultation, Instant.parse("2026-07-01T22:30:00Z"), null, null,
				true, List.of(new DownloadView.PieceView(UUID.randomUUID(), "RC", "RC.pdf", 10)));
		var out = new StringWriter();

		RegisterCsv.write(List.of(identified, anonymous), LABELS, out);

		assertThat(out.toString()).isEqualTo("\uFEFF"
				+ "\"Date\";\"Nom\";\"Prénom\";\"Entreprise\";\"Courriel\";\"Étendue\";\"Pièces\"\r\n"
				+ "\"2026-11-23 10:15:00\";\"Fontaine\";\"Léa\";\"Atelier; \"\"Numérique\"\"\";\"lea@berry.example\";\"Partiel\";\"RC.pdf, CCTP.pdf\"\r\n"
				+ "\"2026-07-02 00:30:00\";\"Anonyme\";\"\";\"\";\"\";\"DCE complet\";\"RC.pdf\"\r\n");
	}
}
