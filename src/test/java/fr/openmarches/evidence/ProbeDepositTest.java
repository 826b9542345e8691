package fr.openmarches.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.IntegrationTest;
import fr.openmarches.LocalServices;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.evidence.AvailabilityStatement.Status;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.ApiTokenView;
import fr.openmarches.identity.PersonalTokens;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.platform.LegalTime;

/**
 * The availability probe's deposit check is a real deposit over HTTP, on the probe's test
 * consultation, with its token: timed, UP when all goes, and nothing of it stays (no deposit, no
 * number, no mail, no DEPOSIT_RECEIVED entry, no upload, no blob). The upload path broken: DOWN. The
 * timestamp authority down: DEGRADED. Nobody else can make a probe deposit.
 */
@IntegrationTest
class ProbeDepositTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	BlobStore blobs;

	@Autowired
	ProbeSetup setup;

	@Autowired
	OpeningKeys openingKeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	Availability availability;

	@Autowired
	PersonalTokens tokens;

	@Autowired
	fr.openmarches.MutableClock clock;

	private AvailabilityProbe probe(URI base) {
		return Probes.probe(dataSource, blobs, setup, openingKeys, URI.create("http://127.0.0.1:" + port + "/verifier"), base,
				Duration.ofHours(1));
	}

	private AvailabilityProbe probe() {
		return probe(URI.create("http://127.0.0.1:" + port));
	}

	private static ProbeResult.CheckResult depositCheck(ProbeResult result) {
		return result.checks().stream().filter(c -> c.name().equals("deposit")).findFirst().orElseThrow();
	}

	private static long blobFiles() throws Exception {
		var root = Path.of("target/test-data/blobs");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void aProbeDepositsForRealAndLeavesNothing() throws Exception {
		probe().run(); // the setup is made at first use, the probe's fixed blob stored
		var made = setup.made();
		var consultation = made.consultation().value();
		var email = jdbc.queryForObject("select email from identity.account where id = ?", String.class,
				made.account().value());
		long blobsBefore = blobFiles();
		long entriesBefore = count("select count(*) from evidence.entry where kind = 'DEPOSIT_RECEIVED'");

		var result = probe().run();

		var deposit = depositCheck(result);
		assertThat(deposit.ok()).as(deposit.error()).isTrue();
		assertThat(deposit.error()).isNull();
		assertThat(deposit.duration()).isPositive();
		assertThat(result.status()).isEqualTo(Status.UP);
		assertThat(setup.made()).as("made once").isEqualTo(made);
		assertThat(count("select count(*) from evidence.availability_probe_setup")).isEqualTo(1);
		assertThat(count("select count(*) from submission.deposit where consultation_id = ?", consultation)).isZero();
		assertThat(count("select count(*) from submission.upload where consultation_id = ?", consultation))
			.as("its upload deleted at once").isZero();
		assertThat(count("select count(*) from evidence.entry where kind = 'DEPOSIT_RECEIVED'")).isEqualTo(entriesBefore);
		assertThat(count("select count(*) from notification.outbound_mail where recipient = ?", email)).isZero();
		assertThat(blobFiles()).as("its blob deleted at once").isEqualTo(blobsBefore);
		assertThat(count("select count(*) from company.company where id = (select company_id from "
				+ "evidence.availability_probe_setup) and listed")).as("its company is not listed").isZero();
		assertThat(count("select count(*) from consultation.consultation where id = ? and test", consultation))
			.as("a test consultation").isEqualTo(1);
	}

	@Test
	void theProbesTokenIsStoredNowhereInClearAndIsReplacedBeforeItExpires() throws Exception {
		var first = setup.made();
		assertThat(setup.made().token()).as("kept by this instance").isEqualTo(first.token());
		assertThat(count("select count(*) from evidence.availability_probe_setup s where s::text like ?",
				"%" + first.token() + "%")).as("not in the setup").isZero();
		assertThat(count("select count(*) from identity.api_token t where t::text like ?", "%" + first.token() + "%"))
			.as("only its hash in the tokens").isZero();
		assertThat(tokenOf(first).expiresAt()).as("it expires").isNotNull();
		var stoppedInstance = new ProbeSetup.Made(first.account(), first.consultation(),
				tokens.create(first.account(), "Sonde de disponibilité (instance)", LocalDate.now(clock.withZone(LegalTime.ZONE)))
					.secret());
		try {
			clock.advance(Duration.ofDays(2)); // the last day of this instance's token

			var second = setup.made();

			assertThat(second.token()).isNotEqualTo(first.token());
			assertThat(tokenOf(first).state()).as("replaced, so revoked").isEqualTo(ApiTokenView.State.REVOKED);
			assertThat(tokenOf(stoppedInstance).state()).as("another instance's, expired: revoked")
				.isEqualTo(ApiTokenView.State.REVOKED);
			assertThat(tokenOf(second).state()).isEqualTo(ApiTokenView.State.ACTIVE);
			assertThat(depositCheck(probe().run()).ok()).as("the probe deposits with the new one").isTrue();
		}
		finally {
			clock.reset();
		}
		var afterReset = setup.made();
		assertThat(tokenOf(afterReset).expiresAt()).as("the clock set back: a token for the right days")
			.isBefore(clock.instant().plus(Duration.ofDays(4)));
	}

	private ApiTokenView tokenOf(ProbeSetup.Made made) {
		return tokens.of(made.account()).stream().filter(t -> made.token().startsWith(t.hint())).findFirst().orElseThrow();
	}

	@Test
	void theUploadPathUnreachableMakesTheProbeDown() throws Exception {
		int free;
		try (var socket = new ServerSocket(0)) {
			free = socket.getLocalPort();
		}

		var result = probe(URI.create("http://127.0.0.1:" + free)).run();

		var deposit = depositCheck(result);
		assertThat(deposit.ok()).isFalse();
		assertThat(deposit.error()).isNotBlank();
		assertThat(result.status()).isEqualTo(Status.DOWN);
	}

	@Test
	void theTimestampAuthorityDownMakesTheProbeDegraded() throws Exception {
		probe().run();
		LocalServices.tsa().stop();
		try {
			var result = probe().run();

			var deposit = depositCheck(result);
			assertThat(deposit.ok()).as(deposit.error()).isTrue();
			assertThat(deposit.error()).startsWith("timestamp authority");
			assertThat(result.status()).isEqualTo(Status.DEGRADED);

			// recorded, the transparency page shows the reservation (a minute of its own, after all others')
			var minute = java.time.Instant.now().plus(Duration.ofDays(200_000)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
			assertThat(availability.record(minute, result)).isTrue();
			clock.set(minute.plusSeconds(5));
			var page = new WebVisitor(port).get("/transparence");
			assertThat(page.body()).contains("avec une réserve (timestamp authority: UNAVAILABLE)");
		}
		finally {
			LocalServices.tsa().start();
			clock.reset();
		}
		assertThat(count("select count(*) from submission.deposit where consultation_id = ?",
				setup.made().consultation().value())).isZero();
	}

	@Test
	void nobodyElseMakesAProbeDeposit() throws Exception {
		var made = setup.made();
		var rival = CompanyFixtures.person(accounts, "Ursule");
		CompanyFixtures.company(companies, rival, fr.openmarches.Fixtures.unique("Curieux du Sud"));
		var visitor = new WebVisitor(port);
		visitor.signIn(rival.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var made2 = visitor.postJson("/api/v1/uploads", """
				{"consultationId": "%s", "totalSize": 55, "chunkSize": 1048592, "label": "a.txt"}"""
			.formatted(made.consultation().value()));
		assertThat(made2.status()).as(made2.body()).isEqualTo(201);
		String upload = JsonPath.read(made2.body(), "$.id");
		assertThat(count("select count(*) from submission.upload where id = ? and probe", UUID.fromString(upload)))
			.as("another's upload is an ordinary one").isZero();
		long deposits = count("select count(*) from submission.deposit");

		var refused = visitor.postJson("/api/v1/consultations/" + made.consultation().value() + "/probe-deposits", """
				{"openingKey": null, "wrappedKey": "AAAA", "lots": [], "pieces": [{"upload": "%s", "envelope": "OFFER",
				 "fileName": "a.txt", "mediaType": "text/plain", "size": 39, "plainSha256": "%s", "chunkSize": 1048576,
				 "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}]}""".formatted(upload, "0".repeat(64)));

		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("submission.deposit.probe-only");
		assertThat(count("select count(*) from submission.upload where id = ?", UUID.fromString(upload)))
			.as("nothing changed").isEqualTo(1);
		assertThat(count("select count(*) from submission.deposit")).isEqualTo(deposits);
		assertThat(new String(refused.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotBlank();
	}

	@Test
	void twoInstancesMakingTheSetupAtOnceMakeItOnce() throws Exception {
		jdbc.update("delete from evidence.availability_probe_setup"); // as on a platform never probed
		var start = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
			var first = pool.submit(() -> {
				start.await();
				return setup.made();
			});
			var second = pool.submit(() -> {
				start.await();
				return setup.made();
			});
			start.countDown();
			assertThat(first.get()).isEqualTo(second.get());
		}
		assertThat(count("select count(*) from evidence.availability_probe_setup")).isEqualTo(1);
		var result = probe().run();
		assertThat(depositCheck(result).ok()).as(depositCheck(result).error()).isTrue();
	}
}
