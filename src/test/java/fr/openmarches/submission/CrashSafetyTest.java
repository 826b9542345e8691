package fr.openmarches.submission;

import static fr.openmarches.submission.UploadCalls.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;

/**
 * kill -9 at each step of a deposit: the platform runs as a separate process on the test
 * database and blob store, and is killed without warning mid-upload, after the upload before
 * finalising, and while finalising; restarted each time. The deposit is then either complete, with
 * its evidence entry and a valid receipt (issued after the restart from the event registry), or
 * absent with its upload intact and ready to finalise — never half-registered.
 */
@IntegrationTest
class CrashSafetyTest {

	static final int CHUNK = 1 << 20;

	static final Path LOGS = Path.of("target/crash-safety");

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	MutableClock clock;

	final List<Process> processes = new ArrayList<>();

	@AfterEach
	void killWhatIsLeft() {
		processes.forEach(Process::destroyForcibly);
	}

	@Test
	void aDepositKilledAtAnyStepIsCompleteOrAbsentAndResumable() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité robuste"), "44");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Transport scolaire"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		KeyPair openingKey = OpeningFixtures.openingKeyPair();
		var founder = CompanyFixtures.person(accounts, "Yann");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Cars de l’Erdre"));

		var plain = new byte[3 * CHUNK - 1000];
		new Random(9).nextBytes(plain);
		var contentKey = ContentKeys.newContentKey();
		var salt = new byte[16];
		new SecureRandom().nextBytes(salt);
		var sealedOut = new ByteArrayOutputStream();
		SealedFiles.seal(new ByteArrayInputStream(plain), sealedOut, contentKey, salt, CHUNK);
		var sealed = sealedOut.toByteArray();
		var transport = CHUNK + 16;
		var chunks = new ArrayList<byte[]>();
		for (int from = 0; from < sealed.length; from += transport) {
			chunks.add(Arrays.copyOfRange(sealed, from, Math.min(sealed.length, from + transport)));
		}

		// 1. killed mid-upload: two chunks of three arrived
		var first = start();
		var calls = new UploadCalls(signedIn(first, founder));
		var upload = calls.open(consultation, sealed.length, transport);
		assertThat(calls.put(upload, 0, chunks.get(0)).status()).isEqualTo(200);
		assertThat(calls.put(upload, 1, chunks.get(1)).status()).isEqualTo(200);
		kill(first);

		// 2. restarted: the upload resumes where it stopped; killed once complete, before finalising
		var second = start();
		calls = new UploadCalls(signedIn(second, founder));
		assertThat(JsonPath.<List<Integer>>read(calls.state(upload).body(), "$.received")).containsExactly(0, 1);
		assertThat(calls.put(upload, 2, chunks.get(2)).status()).isEqualTo(200);
		var completed = calls.complete(upload);
		assertThat(completed.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.sha256")).isEqualTo(sha256(sealed));
		kill(second);

		// 3. restarted: finalising starts, and the platform is killed while it runs
		var third = start();
		var visitor = signedIn(third, founder);
		var piece = DepositCalls.piece(upload, "OFFER", null, "offre.pdf", plain.length, sha256(plain), CHUNK,
				Base64.getEncoder().encodeToString(salt));
		var body = """
				{"openingKey": "%s", "wrappedKey": "%s", "lots": [], "backupCopy": "NONE", "consortium": [], "pieces": [%s]}"""
			.formatted(ContentKeys.fingerprint(openingKey.getPublic()),
					Base64.getEncoder().encodeToString(ContentKeys.wrap(contentKey, openingKey.getPublic())), piece);
		Thread.ofVirtual().start(() -> {
			try {
				visitor.postJson("/api/v1/consultations/" + consultation.value() + "/deposits", body);
			}
			catch (IllegalStateException cut) {
				// the platform is killed under this request, as intended: its answer never comes
				if (!(cut.getCause() instanceof java.io.IOException)) {
					throw cut;
				}
			}
		});
		Thread.sleep(new Random().nextInt(40, 400));
		kill(third);

		// 4. restarted: complete with its receipt, or absent and finalisable — never in between
		var fourth = start();
		var after = signedIn(fourth, founder);
		var deposits = JsonPath.<List<String>>read(after.send("GET", "/api/v1/me/deposits", null, null, false).body(), "$[*].id");
		String deposit;
		System.out.println("CrashSafetyTest: killed while finalising, the deposit was "
				+ (deposits.isEmpty() ? "absent" : "complete") + " after the restart");
		if (deposits.isEmpty()) {
			assertThat(jdbc.queryForObject("select deposit_id from submission.upload where id = ?", UUID.class, upload))
				.as("an upload of a deposit that did not commit stays free").isNull();
			var made = after.postJson("/api/v1/consultations/" + consultation.value() + "/deposits", body);
			assertThat(made.status()).as(made.body()).isEqualTo(201);
			deposit = JsonPath.read(made.body(), "$.id");
		}
		else {
			assertThat(deposits).hasSize(1);
			deposit = deposits.getFirst();
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from submission.deposit d join evidence.entry e on e.sequence = d.evidence_sequence
				where d.id = ?""", Integer.class, UUID.fromString(deposit))).as("chained into the evidence log").isEqualTo(1);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> after.download("/api/v1/me/deposits/" + deposit + "/receipt").status() == 200);
		assertThat(jdbc.queryForObject("""
				select count(*) from submission.deposit d
				where not exists (select 1 from evidence.entry e where e.sequence = d.evidence_sequence)""", Integer.class))
			.as("no deposit anywhere without its evidence entry").isZero();
		kill(fourth);
	}

	private WebVisitor signedIn(Instance instance, CompanyFixtures.Person person) {
		var visitor = new WebVisitor(instance.port());
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}

	/** The application in a process of its own, on the test database and files, started and ready. */
	private Instance start() throws IOException, InterruptedException {
		Files.createDirectories(LOGS);
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		var java = ProcessHandle.current().info().command().orElse("java");
		var command = new ArrayList<>(List.of(java, "-Xmx400m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), "fr.openmarches.OpenMarchesApplication", "--server.port=" + port,
				"--spring.datasource.url=" + dataSource.getJdbcUrl()));
		if (dataSource.getUsername() != null) {
			command.add("--spring.datasource.username=" + dataSource.getUsername());
		}
		if (dataSource.getPassword() != null) {
			command.add("--spring.datasource.password=" + dataSource.getPassword());
		}
		command.addAll(List.of("--openmarches.demo.enabled=false", "--openmarches.search.index-dir=target/test-data/crash-index-" + port,
				"--openmarches.search.recreate-on-start=true", "--openmarches.mail.dev-server.port=0",
				"--spring.main.banner-mode=off"));
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(LOGS.resolve("instance-" + port + ".log").toFile())
			.start();
		processes.add(process);
		var http = HttpClient.newHttpClient();
		var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new AssertionError("the instance stopped: see " + LOGS.resolve("instance-" + port + ".log"));
			}
			try {
				return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		});
		return new Instance(process, port);
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	private static void kill(Instance instance) throws InterruptedException {
		instance.process().destroyForcibly();
		instance.process().waitFor();
	}

	record Instance(Process process, int port) {
	}
}
