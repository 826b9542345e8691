package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.Multipart;
import fr.openmarches.evidence.DailyHeads;
import fr.openmarches.evidence.EvidenceKind;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.evidence.ReceiptVerification;
import fr.openmarches.evidence.Verification.Check;
import fr.openmarches.evidence.Verification.Outcome;
import fr.openmarches.evidence.Verification.Verdict;
import fr.openmarches.question.QuestionAsked;

/**
 * A deposit receipt checked against the evidence log, as its holder would on /verifier: found,
 * chained to a timestamped daily head, and failing, at the right entry, once a row was altered.
 */
@IntegrationTest
class ReceiptEvidenceTest {

	private static final String BID_MARKER = "OFFRE-SECRETE-7f3a Prix unitaire 987,65 €";

	@LocalServerPort
	int port;

	@Autowired
	EvidenceLog evidence;

	@Autowired
	DailyHeads heads;

	@Autowired
	ReceiptVerification verification;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient sql;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	ConsultationId consultation;

	KeyPair openingKey;

	CompanyFixtures.Person founder;

	@BeforeEach
	void aPublishedConsultationAndACompany() {
		var scene = DepositScene.of(context, "69", "Maintenance des ascenseurs", "Bérénice", "Ascenseurs du Rhône");
		consultation = scene.consultation();
		openingKey = scene.openingKey();
		founder = scene.founder();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aReceiptVerifiesOnceADailyHeadCoversItAndFailsAtTheEntryAlteredInTheDatabase() throws Exception {
		var client = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre-ascenseurs.pdf",
				BID_MARKER.getBytes(StandardCharsets.UTF_8));
		var made = client.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		var deposit = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		var manifest = JsonPath.<String>read(made.body(), "$.manifestSha256");
		var receipt = await().atMost(Duration.ofSeconds(30))
			.until(() -> client.visitor().download("/api/v1/me/deposits/" + deposit + "/receipt"), r -> r.status() == 200)
			.bytes();
		// an entry after the deposit's, which the tampering below will alter
		var question = UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(new QuestionAsked(question, consultation, clock.instant())));
		var later = await().atMost(Duration.ofSeconds(30))
			.until(() -> evidence.entriesAbout(question), found -> !found.isEmpty())
			.getFirst();

		var visitor = new WebVisitor(port);
		var pending = visitor.send("POST", "/api/v1/evidence/verification", "application/json",
				("{\"depositId\":\"" + deposit + "\",\"manifestSha256\":\"" + manifest + "\"}").getBytes(StandardCharsets.UTF_8),
				false);
		assertThat(pending.status()).as(pending.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(pending.body(), "$.verdict")).isEqualTo("PENDING");

		var due = heads.nextAt();
		clock.set(due.plus(Duration.ofMinutes(1)));
		heads.stampIfDue();
		await().atMost(Duration.ofSeconds(30)).until(() -> heads.covering(later.sequence()).isPresent());

		var multipart = new Multipart().file("receipt", "accuse.pdf", receipt);
		var verified = visitor.send("POST", "/api/v1/evidence/verification", multipart.contentType(), multipart.bytes(), false);
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(verified.body(), "$.verdict")).isEqualTo("VERIFIED");
		assertThat(JsonPath.<List<String>>read(verified.body(), "$.steps[*].check")).containsExactly("RECEIPT_SEAL",
				"ENTRY_FOUND", "ENTRY_TIMESTAMP", "CHAIN", "HEAD_TIMESTAMP");
		assertThat(JsonPath.<List<String>>read(verified.body(), "$.steps[*].outcome")).containsOnly("PASSED");

		visitor.get("/verifier");
		var page = new Multipart().file("receipt", "accuse.pdf", receipt);
		var shown = visitor.send("POST", "/verifier", page.contentType(), page.bytes(), true);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("Accusé vérifié").contains("data-outcome=\"PASSED\"").doesNotContain("data-outcome=\"FAILED\"");
		var byData = visitor.post("/verifier", Map.of("depositId", deposit.toString(), "manifestSha256", manifest));
		assertThat(byData.body()).contains("Accusé vérifié");
		var wrong = visitor.post("/verifier", Map.of("depositId", deposit.toString(), "manifestSha256", "00".repeat(32)));
		assertThat(wrong.body()).contains("Échec de la vérification").contains("data-check=\"ENTRY_FOUND\" data-outcome=\"FAILED\"");
		var unreadable = visitor.post("/verifier", Map.of("depositId", "pas un identifiant", "manifestSha256", manifest));
		assertThat(unreadable.body()).contains("doit être un UUID");
		var notPdf = new Multipart().file("receipt", "faux.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(visitor.send("POST", "/api/v1/evidence/verification", notPdf.contentType(), notPdf.bytes(), false).status())
			.isEqualTo(400);

		// someone with the database's keys rewrites a later statement, its payload hash with it
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			sql.sql("set local session_replication_role = replica").update();
			var forged = "{\"at\":\"" + Instant.EPOCH + "\",\"question\":\"" + question + "\"}";
			sql.sql("update evidence.entry set statement = ?, payload_sha256 = ? where sequence = ?")
				.params(forged, sha256(forged.getBytes(StandardCharsets.UTF_8)), later.sequence())
				.update();

			var result = verification.verify(deposit, HexFormat.of().parseHex(manifest), null);

			assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
			var failed = result.steps().getLast();
			assertThat(failed.check()).isEqualTo(Check.CHAIN);
			assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(failed.arguments().getFirst()).isEqualTo(Long.toString(later.sequence()));
			assertThat(failed.detail()).contains("entry " + later.sequence());
		});
		assertThat(verification.verify(deposit, HexFormat.of().parseHex(manifest), null).verdict())
			.as("rolled back").isEqualTo(Verdict.VERIFIED);

		// nothing of the bid in the log: neither its content nor its file name
		var statements = sql.sql("select coalesce(statement, '') from evidence.entry").query(String.class).list();
		assertThat(statements).noneMatch(s -> s.contains("OFFRE-SECRETE") || s.contains("offre-ascenseurs"));
		var marker = BID_MARKER.getBytes(StandardCharsets.UTF_8);
		var rows = sql.sql("select payload_sha256 || timestamp_token || entry_hash from evidence.entry")
			.query(byte[].class)
			.list();
		assertThat(rows).noneMatch(bytes -> contains(bytes, marker));
		assertThat(evidence.entriesAbout(deposit)).singleElement()
			.satisfies(entry -> assertThat(entry.kind()).isEqualTo(EvidenceKind.DEPOSIT_RECEIVED));
	}

	private WebVisitor signedIn(CompanyFixtures.Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
