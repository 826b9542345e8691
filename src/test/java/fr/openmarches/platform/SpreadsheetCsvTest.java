package fr.openmarches.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

	@Test
	void startsWithAByteOrderMarkQuotesEveryCellAndEndsLinesWithCrlf() throws Exception {
		var out = new StringWriter();

		SpreadsheetCsv.start(out, List.of("Nom", "Entreprise")).row(List.of("Durand", "Atelier; \"Numérique\"")).finish();

		assertThat(out.toString()).isEqualTo("\uFEFF\"Nom\";\"Entreprise\"\r\n\"Durand\";\"Atelier; \"\"Numérique\"\"\"\r\n");
	}

	@Test
	void aCellASpreadsheetWouldComputeIsDisarmed() {
		assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(SpreadsheetCsv.cell("+33 1 02 03")).isEqualTo("\"'+33 1 02 03\"");
		assertThat(SpreadsheetCsv.cell("-1")).isEqualTo("\"'-1\"");
		assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(SpreadsheetCsv.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
		assertThat(SpreadsheetCsv.cell("Dupont")).isEqualTo("\"Dupont\"");
		assertThat(SpreadsheetCsv.cell(null)).isEqualTo("\"\"");
	}
}
