package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.evidence.EvidenceKind;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;
import fr.openmarches.signature.PdfSeals;

/**
 * Deposits over real HTTP, from files sealed as the browser seals them: recorded, timestamped,
 * chained, receipted by a signed PDF and a mail; replaced by a later one in time; marked late
 * after the deadline; never shown to another company; openable with the opening key only.
 */
@IntegrationTest
class DepositTest {

	@LocalServerPort
	int port;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	EvidenceLog evidence;

	@Autowired
	BlobStore blobs;

	@Autowired
	PdfSeals seals;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	ConsultationId consultation;

	KeyPair openingKey;

	CompanyFixtures.Person founder;

	@BeforeEach
	void aPublishedConsultationAndACompany() {
		var scene = DepositScene.of(context, "13", "Entretien des espaces verts", "Amélie", "Jardins de Provence");
		consultation = scene.consultation();
		openingKey = scene.openingKey();
		founder = scene.founder();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aDepositIsRecordedTimestampedChainedAndReceiptedAndOpensWithTheOpeningKeyOnly() throws Exception {
		var offer = "Mémoire technique — prix global 12 345 €".getBytes(StandardCharsets.UTF_8);
		var application = new byte[3 * DepositCalls.CHUNK + 7];
		new java.util.Random(5).nextBytes(application);
		var client = new DepositCalls(signedIn(founder))
			.add(consultation, "APPLICATION", null, "dc1.pdf", application)
			.add(consultation, "OFFER", null, "memoire.pdf", offer);
		var upload = "/api/v1/uploads/" + JsonPath.<String>read(client.pieces().getFirst(), "$.upload");
		assertThat(JsonPath.<String>read(client.visitor().get(upload).body(), "$.deposit")).as("in no deposit yet").isNull();

		var made = client.deposit(consultation, openingKey.getPublic(), List.of());

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(made.body(), "$.status")).isEqualTo("CURRENT");
		assertThat(JsonPath.<String>read(made.body(), "$.number")).matches("OM-\\d{4}-\\d{6}");
		var id = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		var visitor = client.visitor();
		assertThat(JsonPath.<String>read(visitor.get(upload).body(), "$.deposit"))
			.as("an upload names the deposit it went into, for a client that lost the answer").isEqualTo(id.toString());
		var manifest = visitor.download("/api/v1/me/deposits/" + id + "/manifest").bytes();
		var manifestSha = sha256(manifest);
		assertThat(JsonPath.<String>read(made.body(), "$.manifestSha256")).isEqualTo(manifestSha);
		assertThat(new String(manifest, StandardCharsets.UTF_8)).contains("\"fileName\":\"memoire.pdf\"")
			.contains("\"backupCopy\":\"PHYSICAL\"")
			.doesNotContain("Mémoire technique");

		var entries = evidence.entriesAbout(id);
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(EvidenceKind.DEPOSIT_RECEIVED);
			assertThat(HexFormat.of().formatHex(entry.payloadSha256())).isEqualTo(manifestSha);
		});
		assertThat(evidence.verify().intact()).isTrue();

		var mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailbox.receivedBy(founder.email()).stream().filter(m -> m.subject().contains("Accusé de réception")).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
			assertThat(pdf.fileName()).endsWith(".pdf");
			assertThat(seals.check(pdf.content()).valid()).isTrue();
			assertThat(text(pdf.content())).contains("memoire.pdf").contains("dc1.pdf").contains(sha256(offer));
		});
		var receipt = visitor.download("/api/v1/me/deposits/" + id + "/receipt");
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(seals.check(receipt.bytes()).valid()).isTrue();

		// what the commission will do once it holds the opening key: unwrap, open, same bytes
		var wrapped = Base64.getDecoder().decode(JsonPath.<String>read(new String(manifest, StandardCharsets.UTF_8), "$.wrappedKey"));
		var contentKey = ContentKeys.unwrap(wrapped, openingKey.getPrivate());
		var sealedSha = JsonPath.<String>read(made.body(), "$.pieces[1].sealedSha256");
		var salt = Base64.getDecoder().decode(JsonPath.<String>read(made.body(), "$.pieces[1].salt"));
		var opened = new ByteArrayOutputStream();
		try (var in = blobs.open(new BlobId(sealedSha))) {
			SealedFiles.open(in, opened, contentKey, salt, DepositCalls.CHUNK);
		}
		assertThat(opened.toByteArray()).isEqualTo(offer);
	}

	@Test
	void aSecondDepositInTimeReplacesTheFirstWhichIsKept() throws IOException {
		var first = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre-v1.pdf", bytes("v1"));
		var firstId = id(first.deposit(consultation, openingKey.getPublic(), List.of()));
		clock.advance(Duration.ofHours(1));
		var second = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre-v2.pdf", bytes("v2"));
		var secondId = id(second.deposit(consultation, openingKey.getPublic(), List.of()));

		var mine = second.visitor().send("GET", "/api/v1/me/deposits", null, null, false);
		assertThat(JsonPath.<List<String>>read(mine.body(), "$[?(@.id == '" + firstId + "')].status")).containsExactly("SUPERSEDED");
		assertThat(JsonPath.<List<String>>read(mine.body(), "$[?(@.id == '" + secondId + "')].status")).containsExactly("CURRENT");
	}

	@Test
	void aDepositCompletedAfterTheDeadlineIsKeptMarkedLateAndReplacesNothing() throws Exception {
		var inTime = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre.pdf", bytes("in time"));
		var inTimeId = id(inTime.deposit(consultation, openingKey.getPublic(), List.of()));
		var late = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre-tardive.pdf", bytes("late"));
		clock.advance(Duration.ofDays(11));

		var made = late.deposit(consultation, openingKey.getPublic(), List.of());

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(made.body(), "$.status")).isEqualTo("LATE");
		var mine = late.visitor().send("GET", "/api/v1/me/deposits/" + inTimeId, null, null, false);
		assertThat(JsonPath.<String>read(mine.body(), "$.status")).isEqualTo("CURRENT");
		var lateId = id(made);
		var receipt = await().atMost(Duration.ofSeconds(30))
			.until(() -> late.visitor().download("/api/v1/me/deposits/" + lateId + "/receipt"),
					page -> page.status() == 200);
		assertThat(text(receipt.bytes()).toLowerCase()).contains("hors délai");
	}

	@Test
	void aDepositIsReceivedWhenItReachesThePlatformNotWhenTheBusyPlatformGetsRoundToIt() throws Exception {
		var client = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre.pdf", bytes("à l'heure"));
		var company = companies.companyOf(founder.id()).orElseThrow().id().value();
		var reached = clock.instant();
		var holding = new java.util.concurrent.CountDownLatch(1);
		var release = new java.util.concurrent.CountDownLatch(1);
		// another finalisation of this company holds its turn (the platform busy) across the deadline
		// threads of their own: the common pool may have a single one on a small machine
		var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
		var busy = java.util.concurrent.CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			jdbc.queryForObject("select 1 from (select pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 0))) locked",
					Integer.class, consultation.value().toString(), company.toString());
			holding.countDown();
			try {
				release.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}), threads);
		holding.await();
		var finalising = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> client.deposit(consultation, openingKey.getPublic(), List.of()), threads);
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
					"select count(*) from pg_stat_activity where wait_event = 'advisory'", Integer.class) > 0);
			clock.advance(Duration.ofDays(11)); // past the deadline while it waits its turn
		}
		finally {
			release.countDown();
		}
		busy.get();
		threads.close();

		var made = finalising.get();
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(made.body(), "$.status")).as("in time: it reached the platform in time").isEqualTo("CURRENT");
		var receivedAt = java.time.Instant.parse(JsonPath.<String>read(made.body(), "$.receivedAt"));
		assertThat(receivedAt).isBetween(reached, reached.plus(Duration.ofDays(1)));
	}

	@Test
	void anotherCompanySeesNothingOfADepositAndCannotUseItsUploads() throws IOException {
		var client = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre.pdf", bytes("mine"));
		var id = id(client.deposit(consultation, openingKey.getPublic(), List.of()));
		var rival = CompanyFixtures.person(accounts, "Rival");
		CompanyFixtures.company(companies, rival, Fixtures.unique("Concurrent"));
		var other = signedIn(rival);

		for (var path : List.of("", "/manifest", "/receipt")) {
			assertThat(other.send("GET", "/api/v1/me/deposits/" + id + path, null, null, false).status()).as(path).isEqualTo(404);
		}
		assertThat(other.send("GET", "/api/v1/me/deposits", null, null, false).body()).doesNotContain(id.toString());
		var stolen = new DepositCalls(other).deposit(consultation, ContentKeys.fingerprint(openingKey.getPublic()),
				Base64.getEncoder().encodeToString(ContentKeys.wrap(new byte[32], openingKey.getPublic())), List.of(),
				client.pieces());
		assertThat(stolen.status()).as(stolen.body()).isEqualTo(400);
		var anonymous = new WebVisitor(port);
		assertThat(anonymous.send("GET", "/api/v1/me/deposits/" + id, null, null, false).status()).isEqualTo(401);
		assertThat(anonymous.send("GET", "/api/v1/buyer/consultations/" + consultation.value() + "/deposits", null, null, false)
			.status()).isEqualTo(401);
	}

	@Test
	void wrongRequestsAreRefusedWithATranslatedReasonAndNothingRecorded() throws IOException {
		var client = new DepositCalls(signedIn(founder)).add(consultation, "OFFER", null, "offre.pdf", bytes("x"));
		var wrapped = Base64.getEncoder().encodeToString(ContentKeys.wrap(client.contentKey(), openingKey.getPublic()));

		var otherKey = client.deposit(consultation, "0".repeat(64), wrapped, List.of(), client.pieces());
		assertThat(otherKey.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(otherKey.body(), "$.detail")).contains("clé d’ouverture");
		var lot = client.deposit(consultation, ContentKeys.fingerprint(openingKey.getPublic()), wrapped, List.of(7),
				client.pieces());
		assertThat(lot.status()).isEqualTo(400);
		var none = client.deposit(consultation, ContentKeys.fingerprint(openingKey.getPublic()), wrapped, List.of(),
				List.of());
		assertThat(none.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(none.body(), "$.detail")).isEqualTo("Ajoutez au moins un fichier.");
		var wrongSize = client.pieces().getFirst().replaceFirst("\"size\": \\d+", "\"size\": 999");
		assertThat(client.deposit(consultation, ContentKeys.fingerprint(openingKey.getPublic()), wrapped, List.of(),
				List.of(wrongSize)).status()).isEqualTo(400);
		assertThat(client.visitor().send("GET", "/api/v1/me/deposits", null, null, false).body()).isEqualTo("[]");

		assertThat(client.deposit(consultation, openingKey.getPublic(), List.of()).status()).as("the same, right").isEqualTo(201);
		assertThat(client.deposit(consultation, openingKey.getPublic(), List.of()).status()).as("its uploads again").isEqualTo(409);
	}

	private WebVisitor signedIn(CompanyFixtures.Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}

	private static UUID id(WebVisitor.Page made) {
		if (made.status() != 201) {
			throw new AssertionError("deposit refused: " + made.status() + " " + made.body());
		}
		return UUID.fromString(JsonPath.read(made.body(), "$.id"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
