package fr.openmarches.submission;

import static fr.openmarches.submission.UploadCalls.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;

/**
 * Fault: the database drops every connection of the platform while deposits are in flight — what
 * a restart of PostgreSQL does to the application (restarting the suite's embedded server under
 * the running context is not practical; killing every backend of the platform is the same cut seen
 * from the application). The cut falls between and during the chunks of an upload and, repeatedly,
 * while the deposit is being finalised. The supplier's client retries what failed, as the page and
 * the CLI do: the deposit ends up complete — once, with its pieces, its evidence entry, its blob
 * and one receipt — and never half-registered; the platform then takes a fresh deposit at once
 * (the pool recovered).
 */
@IntegrationTest
class DatabaseOutageTest {

	static final int CHUNK = 1 << 20;

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BlobStore blobs;

	@Autowired
	UnissuedReceipts unissued;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Value("${openmarches.submission.uploads-dir}")
	Path uploadsDir;

	final List<Integer> failures = new ArrayList<>();

	@AfterEach
	void clockReset() {
		clock.reset();
	}

	@Test
	void connectionsCutDuringADepositLeaveItCompleteOnceAndThePlatformTakesTheNext() throws Exception {
		var scene = DepositScene.of(context, "35", "Balisage des sentiers", "Maëlle", "Sentiers de Brocéliande");
		long logBefore = jdbc.queryForObject("select coalesce(max(sequence), 0) from evidence.entry", Long.class);
		var visitor = new WebVisitor(port);
		visitor.signIn(scene.founder().email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var calls = new UploadCalls(visitor);

		var plain = new byte[3 * CHUNK - 1000];
		new Random(35).nextBytes(plain);
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

		// the upload: cut before it opens, between its chunks, and while the last one is sent
		assertThat(cutConnections()).as("the platform holds connections to cut").isPositive();
		var opened = retrying(() -> calls.start(scene.consultation(), sealed.length, transport));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var upload = UUID.fromString(JsonPath.read(opened.body(), "$.id"));
		assertThat(retrying(() -> calls.put(upload, 0, chunks.get(0))).status()).isEqualTo(200);
		cutConnections();
		assertThat(retrying(() -> calls.put(upload, 1, chunks.get(1))).status()).isEqualTo(200);
		try (var cutter = new Cutter()) {
			var put = calls.put(upload, 2, chunks.get(2));
			cutter.stop();
			if (put.status() != 200) {
				failures.add(put.status());
				assertThat(put.status()).as(put.body()).isEqualTo(503);
				// resumed as the client does: read what arrived, send what is missing
				var received = JsonPath.<List<Integer>>read(retrying(() -> calls.state(upload)).body(), "$.received");
				if (!received.contains(2)) {
					assertThat(retrying(() -> calls.put(upload, 2, chunks.get(2))).status()).isEqualTo(200);
				}
			}
		}
		cutConnections();
		var completed = retrying(() -> calls.complete(upload));
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.sha256")).isEqualTo(sha256(sealed));
		assertThat(uploadsDir.resolve(upload.toString())).as("the chunks are joined, their directory gone").doesNotExist();

		// finalising: cut over and over while it runs, then retried until it stands
		var body = """
				{"openingKey": "%s", "wrappedKey": "%s", "lots": [], "backupCopy": "NONE", "consortium": [], "pieces": [%s]}"""
			.formatted(ContentKeys.fingerprint(scene.openingKey().getPublic()),
					Base64.getEncoder().encodeToString(ContentKeys.wrap(contentKey, scene.openingKey().getPublic())),
					DepositCalls.piece(upload, "OFFER", null, "offre.pdf", plain.length, sha256(plain), CHUNK,
							Base64.getEncoder().encodeToString(salt)));
		var path = "/api/v1/consultations/" + scene.consultation().value() + "/deposits";
		WebVisitor.Page first;
		int cuts;
		try (var cutter = new Cutter()) {
			first = visitor.postJson(path, body);
			cuts = cutter.stop();
		}
		assertThat(cuts).as("connections were cut while finalising").isPositive();
		String deposit;
		if (first.status() == 201) {
			deposit = JsonPath.read(first.body(), "$.id");
		}
		else {
			failures.add(first.status());
			assertThat(first.status()).as("a cut is a clear, temporary failure: " + first.body()).isEqualTo(503);
			assertThat(first.headers().firstValue("Retry-After")).isPresent();
			assertThat(JsonPath.<String>read(first.body(), "$.detail")).contains("momentanément indisponible");
			var again = retrying(() -> visitor.postJson(path, body));
			if (again.status() == 409) {
				// the cut fell after the commit: the deposit stands, and says so in « Mes dépôts »
				assertThat(JsonPath.<String>read(again.body(), "$.code")).isEqualTo("submission.deposit.upload-used");
				deposit = JsonPath.<List<String>>read(retrying(() -> visitor.get("/api/v1/me/deposits")).body(), "$[*].id")
					.getFirst();
			}
			else {
				assertThat(again.status()).as(again.body()).isEqualTo(201);
				deposit = JsonPath.read(again.body(), "$.id");
			}
		}
		System.out.println("DatabaseOutageTest: " + cuts + " cuts while finalising; failed answers on the way: " + failures);

		// complete, once: its pieces, its evidence entry, its blob; its upload used by it alone
		var id = UUID.fromString(deposit);
		assertThat(jdbc.queryForObject("select count(*) from submission.deposit where consultation_id = ?", Integer.class,
				scene.consultation().value())).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from submission.deposit d
				where d.id = ? and d.piece_count = (select count(*) from submission.deposit_piece p where p.deposit_id = d.id)""",
				Integer.class, id)).as("every piece recorded").isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from submission.deposit d join evidence.entry e on e.sequence = d.evidence_sequence
				where d.id = ? and e.subject_id = d.id and e.kind = 'DEPOSIT_RECEIVED'""", Integer.class, id))
			.as("chained into the evidence log").isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from evidence.entry where subject_id = ?", Integer.class, id))
			.as("chained once").isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from evidence.entry e where e.kind = 'DEPOSIT_RECEIVED' and e.sequence > ?
				and not exists (select 1 from submission.deposit d where d.id = e.subject_id)""", Integer.class, logBefore))
			.as("no evidence entry of a deposit that does not exist").isZero();
		assertThat(jdbc.queryForObject("select deposit_id from submission.upload where id = ?", UUID.class, upload))
			.isEqualTo(id);
		var sealedSha = jdbc.queryForObject("select sealed_sha256 from submission.deposit_piece where deposit_id = ?",
				String.class, id);
		assertThat(sealedSha).isEqualTo(sha256(sealed));
		assertThat(blobs.exists(new BlobId(sealedSha))).isTrue();

		// its receipt: from the listener, or, had the cut made it fail, from the retry job
		clock.advance(Duration.ofMinutes(2));
		unissued.issue();
		var number = jdbc.queryForObject("select number from submission.deposit where id = ?", String.class, id);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select receipt_sha256 from submission.deposit where id = ?", String.class, id) != null);
		await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.receivedBy(scene.founder().email())
			.stream()
			.anyMatch(m -> m.subject().contains("Accusé de réception") && m.text().contains(number)));
		assertThat(jdbc.queryForObject("""
				select count(*) from notification.outbound_mail where subject like 'Accusé de réception%' and text_body like ?""",
				Integer.class, "%" + number + "%")).as("one receipt mail").isEqualTo(1);

		// the pool recovered: the next deposit goes through at once, and replaces this one
		var next = new DepositCalls(visitor)
			.add(scene.consultation(), "OFFER", null, "offre-v2.pdf", "Offre révisée".getBytes(StandardCharsets.UTF_8))
			.deposit(scene.consultation(), scene.openingKey().getPublic(), List.of());
		assertThat(next.status()).as(next.body()).isEqualTo(201);
		assertThat(jdbc.queryForObject("select superseded_by from submission.deposit where id = ?", UUID.class, id))
			.isEqualTo(UUID.fromString(JsonPath.read(next.body(), "$.id")));
		assertThat(Files.exists(uploadsDir.resolve(upload.toString()))).isFalse();
	}

	/** Kills every backend of the platform's database but this one, from a connection outside the pool. */
	private int cutConnections() throws SQLException {
		try (var connection = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
				dataSource.getPassword());
				var statement = connection.createStatement();
				var result = statement.executeQuery("""
						select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
						where datname = current_database() and pid <> pg_backend_pid()""")) {
			result.next();
			return result.getInt(1);
		}
	}

	/** Retries as the client does after a failure of the platform: a few times, a moment apart. */
	private WebVisitor.Page retrying(Supplier<WebVisitor.Page> call) throws InterruptedException {
		WebVisitor.Page page = null;
		for (int attempt = 0; attempt < 10; attempt++) {
			page = call.get();
			if (page.status() < 500) {
				return page;
			}
			failures.add(page.status());
			assertThat(page.status()).as("a cut is a clear, temporary failure: " + page.body()).isEqualTo(503);
			Thread.sleep(200);
		}
		return page;
	}

	/** Cuts the connections over and over, from a thread of its own, until stopped. */
	private final class Cutter implements AutoCloseable {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger cuts = new AtomicInteger();

		private final Thread thread = Thread.ofPlatform().daemon().start(() -> {
			while (running.get()) {
				try {
					if (cutConnections() > 0) {
						cuts.incrementAndGet();
					}
					Thread.sleep(3);
				}
				catch (SQLException | InterruptedException e) {
					return;
				}
			}
		});

		int stop() throws InterruptedException {
			running.set(false);
			thread.join();
			return cuts.get();
		}

		@Override
		public void close() throws InterruptedException {
			stop();
		}
	}
}
