package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names as buyers' machines send them, and what is kept. */
class FileNamesTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			CCTP.pdf                              | CCTP.pdf
			../../etc/passwd                      | passwd
			..\\..\\Windows\\CCTP lot 1.docx      | CCTP lot 1.docx
			C:\\Users\\agent\\Bureau\\RC.pdf      | RC.pdf
			/tmp/../avis.pdf                      | avis.pdf
			.hidden.pdf                           | hidden.pdf
			'   Cahier    des   charges.pdf  '    | Cahier des charges.pdf
			<script>alert(1)</script>.pdf         | script>.pdf
			'..'                                  | ''
			'../'                                 | ''
			""")
	void pathsAndLeadingDotsAreDropped(String sent, String kept) {
		assertThat(FileNames.clean(sent)).isEqualTo(kept);
	}

	@Test
	void controlAndInvisibleFormattingCharactersAreDropped() {
		assertThat(FileNames.clean("CC\u0000TP\r\n\t.pdf")).isEqualTo("CCTP.pdf");
		assertThat(FileNames.clean("rapport\u202Efdp.exe")).as("right-to-left override").isEqualTo("rapportfdp.exe");
		assertThat(FileNames.clean("..\u0007/..\u0001CCTP\u200B.pdf")).isEqualTo("CCTP.pdf");
		assertThat(FileNames.clean(null)).isEmpty();
	}

	@Test
	void aLongNameIsShortenedKeepingItsExtension() {
		var name = "a".repeat(300) + ".xlsx";
		var kept = FileNames.clean(name);
		assertThat(kept).hasSize(FileNames.MAX).endsWith(".xlsx");
	}

	@Test
	void theFormatComesFromTheExtension() {
		assertThat(FileNames.mediaType("RC.pdf")).isEqualTo("application/pdf");
		assertThat(FileNames.mediaType("BPU.xlsx")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(FileNames.mediaType("plans")).isEqualTo("application/octet-stream");
		assertThat(FileNames.title("CCTP lot 1.docx")).isEqualTo("CCTP lot 1");
	}
}
