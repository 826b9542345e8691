package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;

/**
 * Before the deadline nothing on the platform can show a bid: a deposit whose files carry a known
 * marker leaves no trace of it in any table of the database, in any file of the blob store or of
 * the upload area, nor in anything the API or the pages answer to the depositor or the buyer.
 */
@IntegrationTest
class CiphertextOnlyTest {

	static final Path BLOBS = Path.of("target/test-data/blobs");

	static final Path UPLOADS = Path.of("target/test-data/uploads");

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void theDatabaseTheBlobStoreAndEveryAnswerHoldOnlyCiphertext() throws Exception {
		var marker = "MARQUEUR-EN-CLAIR-" + UUID.randomUUID();
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité scellée"), "31");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		ConsultationId consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Fourniture de gants"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		KeyPair openingKey = fr.openmarches.opening.OpeningFixtures.openingKeyPair();
		var founder = CompanyFixtures.person(accounts, "Basile");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Gants du Sud"));
		var supplier = new WebVisitor(port);
		supplier.signIn(founder.email(), CompanyFixtures.PASSWORD);
		supplier.get("/");
		var large = (marker + " ").repeat(200_000).getBytes(StandardCharsets.UTF_8); // several chunks
		var client = new DepositCalls(supplier).add(consultation, "OFFER", null, "offre.pdf", large)
			.add(consultation, "APPLICATION", null, "candidature.pdf", marker.getBytes(StandardCharsets.UTF_8));
		var made = client.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		var id = JsonPath.<String>read(made.body(), "$.id");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> supplier.download("/api/v1/me/deposits/" + id + "/receipt").status() == 200);

		var answers = new ArrayList<String>();
		answers.add(made.body());
		answers.add(supplier.send("GET", "/api/v1/me/deposits", null, null, false).body());
		answers.add(new String(supplier.download("/api/v1/me/deposits/" + id + "/manifest").bytes(), StandardCharsets.UTF_8));
		answers.add(supplier.get("/mon-espace/depots/" + id).body());
		answers.add(supplier.get("/mon-espace/depots").body());
		answers.add(DepositTest.text(supplier.download("/api/v1/me/deposits/" + id + "/receipt").bytes()));
		var buyerVisitor = new WebVisitor(port);
		buyerVisitor.signIn(buyer.email(), Buyers.PASSWORD);
		var register = buyerVisitor.send("GET", "/api/v1/buyer/consultations/" + consultation.value() + "/deposits", null, null, false);
		assertThat(register.status()).isEqualTo(200);
		assertThat(register.body()).contains("CURRENT");
		answers.add(register.body());
		answers.add(buyerVisitor.get("/acheteur/consultations/" + consultation.value() + "/depots").body());
		var number = JsonPath.<String>read(made.body(), "$.number");
		for (var csv : List.of(buyerVisitor.download("/acheteur/consultations/" + consultation.value() + "/depots.csv"),
				buyerVisitor.download("/api/v1/buyer/consultations/" + consultation.value() + "/deposits", "Accept", "text/csv"))) {
			assertThat(csv.status()).isEqualTo(200);
			var text = new String(csv.bytes(), StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFF\"N° d’accusé\";\"Reçu le (heure de Paris)\"")
				.contains("\"" + number + "\"", "\"Retenu\"", "\"Copie de sauvegarde sur support physique");
			answers.add(text);
		}
		assertThat(new WebVisitor(port).download("/acheteur/consultations/" + consultation.value() + "/depots.csv").bytes())
			.asString(StandardCharsets.UTF_8).doesNotContain(number);
		assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(marker));

		var hexMarker = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
		var tables = jdbc.queryForList("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""", String.class);
		assertThat(tables).contains("submission.deposit", "submission.deposit_piece", "evidence.entry");
		for (var table : tables) {
			var rows = jdbc.queryForList("select t::text from " + table + " t", String.class);
			assertThat(rows).as(table).noneMatch(row -> row.contains(marker) || row.contains(hexMarker));
		}
		var needle = marker.getBytes(StandardCharsets.UTF_8);
		for (var root : List.of(BLOBS, UPLOADS)) {
			if (Files.exists(root)) {
				try (Stream<Path> files = Files.walk(root)) {
					for (var file : files.filter(Files::isRegularFile).toList()) {
						assertThat(contains(file, needle)).as(file.toString()).isFalse();
					}
				}
			}
		}
	}

	/** Whether the file holds {@code needle}, read in windows that overlap by its length (any file size). */
	private static boolean contains(Path file, byte[] needle) throws IOException {
		var window = new byte[(8 << 20) + needle.length];
		try (var in = Files.newInputStream(file)) {
			int kept = 0;
			int read;
			while ((read = in.readNBytes(window, kept, window.length - kept)) > 0) {
				int length = kept + read;
				if (indexOf(window, length, needle) >= 0) {
					return true;
				}
				kept = Math.min(needle.length - 1, length);
				System.arraycopy(window, length - kept, window, 0, kept);
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, int length, byte[] needle) {
		outer: for (int i = 0; i <= length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
