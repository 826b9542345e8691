package fr.openmarches.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import fr.openmarches.consultation.ConsultationDetails.DocumentView;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.platform.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DceArchiveTest {

	@TempDir
	Path blobs;

	@ParameterizedTest(name = "\"{0}\" → \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			RC.pdf                       | RC.pdf
			../../etc/passwd             | _.._etc_passwd
			..\\..\\boot.ini             | _.._boot.ini
			CCTP lot 1: plans?.dwg       | CCTP lot 1_ plans_.dwg
			.bashrc                      | bashrc
			'   '                        | Règlement
			""")
	void aFileNameInTheArchiveIsOnlyAName(String name, String expected) {
		assertThat(DceArchive.safeName(name, "Règlement")).isEqualTo(expected);
	}

	@Test
	void controlCharactersAndOverlongNamesAreTamed() {
		assertThat(DceArchive.safeName("avis\u0000\n\r\u001b.pdf", "x")).isEqualTo("avis____.pdf");
		assertThat(DceArchive.safeName("a".repeat(400) + ".pdf", "x")).hasSize(150);
	}

	@Test
	void twoFilesWithTheSameNameAreBothKept() {
		var used = new HashSet<String>();
		assertThat(DceArchive.unique("RC.pdf", used)).isEqualTo("RC.pdf");
		assertThat(DceArchive.unique("rc.PDF", used)).isEqualTo("rc (2).PDF");
		assertThat(DceArchive.unique("RC.pdf", used)).isEqualTo("RC (3).pdf");
		assertThat(DceArchive.unique("LISEZMOI", used)).isEqualTo("LISEZMOI");
	}

	@Test
	void theArchiveHoldsEveryFileUnderTheConsultationsFolder() throws Exception {
		var store = fr.openmarches.platform.blob.TestBlobStores.filesystem(blobs);
		var documents = List.of(document(store, "Avis", "avis.pdf", "avis"), document(store, "RC", "RC.pdf", "règlement"),
				document(store, "Plans", "../plans.dwg", "plans"), document(store, "RC bis", "RC.pdf", "autre règlement"));
		var out = new ByteArrayOutputStream();

		DceArchive.write("2026/DGA-0157", documents, store, out);

		var entries = new LinkedHashMap<String, String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(entries).containsExactly(java.util.Map.entry("2026_DGA-0157/avis.pdf", "avis"),
				java.util.Map.entry("2026_DGA-0157/RC.pdf", "règlement"),
				java.util.Map.entry("2026_DGA-0157/_plans.dwg", "plans"),
				java.util.Map.entry("2026_DGA-0157/RC (2).pdf", "autre règlement"));
	}

	private static DocumentView document(BlobStore store, String title, String name, String content) throws Exception {
		var blob = store.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
		return new DocumentView(UUID.randomUUID(), DocumentKind.PIECE, title, name, "application/pdf", blob.size(),
				blob.id(), null, 1, null);
	}
}
