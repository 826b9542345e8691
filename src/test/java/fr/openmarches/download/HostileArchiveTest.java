package fr.openmarches.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;

/**
 * Fault: a hostile archive in the DCE. No server code ever opens an uploaded archive (the DCE
 * download zips the stored pieces as they are, nested archives included; nothing unzips a deposit,
 * a vault document or a DUME): a zip whose entries climb out of any folder ({@code ../}) or expand
 * a thousandfold is stored and served byte for byte, and nothing is written where its entries
 * point.
 */
@IntegrationTest
class HostileArchiveTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	BlobStore blobs;

	@Autowired
	MutableClock clock;

	@Value("${openmarches.blob-store.filesystem.root}")
	Path blobRoot;

	@Test
	void aZipSlipAndAZipBombInTheDceAreStoredAndServedUntouched() throws Exception {
		var escapee = "zip-slip-" + UUID.randomUUID() + ".txt";
		var climbing = "../../../../../../../../tmp/" + escapee;
		var archive = zip(Map.of(climbing, "écrit hors du dossier".getBytes(StandardCharsets.UTF_8),
				"../" + escapee, "un cran plus haut".getBytes(StandardCharsets.UTF_8),
				"bombe.bin", new byte[20 * 1024 * 1024]));
		assertThat(archive.length).as("a thousandfold smaller than what it expands to").isLessThan(100 * 1024);
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des archives"), "44");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Archives piégées"), clock.instant().plus(Duration.ofDays(30))));
		consultations.attach(consultation, DocumentKind.PIECE, ConsultationFixtures.file("Plans", "plans.zip", archive));
		ConsultationFixtures.publish(consultations, consultation);

		var stored = catalogue.find(consultation).orElseThrow().documents().stream()
			.filter(d -> "plans.zip".equals(d.fileName()))
			.findFirst()
			.orElseThrow();
		try (var in = blobs.open(new BlobId(sha256(archive)))) {
			assertThat(in.readAllBytes()).as("stored as sent, under its own hash").isEqualTo(archive);
		}

		var visitor = new WebVisitor(port);
		var page = "/consultations/" + consultation.value() + "/telechargement";
		visitor.get(page);
		var answer = visitor.post(page, Map.of("anonymous", "true", "documents", stored.id().toString()));
		assertThat(answer.status()).isEqualTo(302);
		var dce = entries(download(answer.location()));
		var served = dce.entrySet().stream().filter(e -> e.getKey().endsWith("/plans.zip")).findFirst().orElseThrow();
		assertThat(served.getValue()).as("served byte for byte").isEqualTo(archive);
		assertThat(dce.keySet()).allSatisfy(name -> assertThat(name).doesNotContain(".."));
		assertThat(entries(served.getValue()).keySet()).as("its entries untouched")
			.containsExactlyInAnyOrder(climbing, "../" + escapee, "bombe.bin");

		var targets = new ArrayList<>(List.of(Path.of("/tmp", escapee), Path.of(escapee).toAbsolutePath()));
		for (var folder = blobRoot.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			targets.add(folder.resolve(escapee));
		}
		assertThat(targets).as("nothing written where the entries point").allSatisfy(path -> assertThat(path).doesNotExist());
		try (var files = Files.walk(blobRoot)) {
			assertThat(files.filter(p -> p.getFileName().toString().contains(escapee))).isEmpty();
		}
	}

	private byte[] download(String location) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : "http://localhost:" + port
					+ location)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static Map<String, byte[]> entries(byte[] zip) throws IOException {
		var entries = new LinkedHashMap<String, byte[]>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				// read only what a test needs: the names, and the bytes of small entries
				entries.put(entry.getName(), entry.getName().equals("bombe.bin") ? new byte[0] : in.readAllBytes());
			}
		}
		return entries;
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
