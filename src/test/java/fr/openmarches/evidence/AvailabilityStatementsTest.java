package fr.openmarches.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.evidence.AvailabilityStatement.Period;
import fr.openmarches.evidence.AvailabilityStatement.Status;
import fr.openmarches.evidence.ChainReport.Problem;
import fr.openmarches.opening.DeadlineAvailability;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobStore;

/**
 * A consultation's availability statement is chained into the evidence log once its deadline has
 * settled: one AVAILABILITY_STATED entry per consultation and deadline, whose statement is the
 * availability statement in canonical JSON; what the opening report and the API give is read back
 * from it (and cites it), not recomputed from the probes' table; rewriting it shows in the chain.
 */
@IntegrationTest
class AvailabilityStatementsTest {

	@LocalServerPort
	int port;

	@Autowired
	Availability availability;

	@Autowired
	AvailabilityStatements statements;

	@Autowired
	DeadlineAvailability forTheOpeningReport;

	@Autowired
	EvidenceLog log;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProbeSetup probeSetup;

	@Autowired
	fr.openmarches.opening.OpeningKeys probeOpeningKeys;

	@Autowired
	BlobStore blobs;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theStatementOfADeadlineIsChainedOnceAndServedAsRecorded() throws Exception {
		var deadline = Probes.someFreeMinute();
		var consultation = published(deadline);
		var up = probe(URI.create("http://127.0.0.1:" + port + "/verifier")).run();
		var down = probe(Probes.nothingListens()).run();
		for (int minute = 10; minute >= 1; minute--) {
			availability.record(deadline.minus(Duration.ofMinutes(minute)), minute == 4 ? down : up);
		}
		var path = "/api/v1/consultations/" + consultation.value() + "/availability";
		var visitor = new WebVisitor(port);

		// a minute after the deadline its last probes may still come in: nothing is recorded yet
		clock.set(deadline.plus(Duration.ofMinutes(1)));
		assertThat(statements.state(consultation.value(), deadline)).isEmpty();
		assertThat(forTheOpeningReport.before(consultation, deadline).recorded()).isFalse();
		assertThat(JsonPath.<Object>read(visitor.get(path).body(), "$.evidence")).isNull();
		assertThat(entriesAbout(consultation, deadline)).isEmpty();

		clock.set(deadline.plus(Duration.ofMinutes(5)));
		var stated = statements.state(consultation.value(), deadline).orElseThrow();

		var expected = List.of(new Period(Status.UNKNOWN, deadline.minus(Duration.ofHours(4)), deadline.minus(Duration.ofMinutes(10))),
				new Period(Status.UP, deadline.minus(Duration.ofMinutes(10)), deadline.minus(Duration.ofMinutes(4))),
				new Period(Status.DOWN, deadline.minus(Duration.ofMinutes(4)), deadline.minus(Duration.ofMinutes(3))),
				new Period(Status.UP, deadline.minus(Duration.ofMinutes(3)), deadline));
		assertThat(stated.statement().periods()).containsExactlyElementsOf(expected);
		assertThat(stated.statement().probes()).isEqualTo(10);
		assertThat(stated.statement().share(Status.DOWN).duration()).isEqualTo(Duration.ofMinutes(1));
		var entry = entriesAbout(consultation, deadline);
		assertThat(entry).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(EvidenceKind.AVAILABILITY_STATED);
			assertThat(e.sequence()).isEqualTo(stated.sequence());
			assertThat(e.consultationId()).isEqualTo(consultation.value());
			assertThat(e.statement()).isEqualTo(stated.canonical());
			assertThat(e.payloadSha256()).as("the hash of the statement's canonical bytes")
				.isEqualTo(sha256(stated.canonical())).isEqualTo(stated.statementSha256());
		});
		assertThat(stated.canonical()).startsWith("{\"at\":\"")
			.contains("\"deadline\":\"" + deadline + "\"", "\"kind\":\"AVAILABILITY_STATED\"",
					"\"DOWN " + deadline.minus(Duration.ofMinutes(4)) + " " + deadline.minus(Duration.ofMinutes(3)) + "\"");

		// asked again, from the opening report or the API: the same entry, never a second one
		assertThat(statements.state(consultation.value(), deadline).orElseThrow().sequence()).isEqualTo(stated.sequence());
		var forReport = forTheOpeningReport.before(consultation, deadline);
		assertThat(forReport.evidenceSequence()).isEqualTo(stated.sequence());
		assertThat(forReport.entrySha256()).isEqualTo(HexFormat.of().formatHex(stated.entryHash()));
		assertThat(forReport.periods()).extracting(DeadlineAvailability.Period::status)
			.containsExactly("UNKNOWN", "UP", "DOWN", "UP");
		var served = visitor.get(path).body();
		assertThat(JsonPath.<Number>read(served, "$.evidence.sequence").longValue()).isEqualTo(stated.sequence());
		assertThat(JsonPath.<String>read(served, "$.evidence.statementSha256"))
			.isEqualTo(HexFormat.of().formatHex(sha256(stated.canonical())));
		assertThat(JsonPath.<List<String>>read(served, "$.periods[*].status")).containsExactly("UNKNOWN", "UP", "DOWN", "UP");
		assertThat(entriesAbout(consultation, deadline)).hasSize(1);

		// the probes' table is not append-only: a probe added afterwards changes what it says now,
		// not the statement recorded then
		availability.record(deadline.minus(Duration.ofMinutes(30)), up);
		assertThat(availability.beforeDeadline(deadline).periods()).isNotEqualTo(expected);
		assertThat(statements.state(consultation.value(), deadline).orElseThrow().statement().periods())
			.containsExactlyElementsOf(expected);
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void aDeadlineExtendedLaterGetsAStatementOfItsOwnAndConcurrentCallersChainOne() throws Exception {
		var deadline = Probes.someFreeMinute();
		var consultation = published(deadline);
		var later = deadline.plus(Duration.ofDays(1));
		clock.set(later.plus(Duration.ofMinutes(3)));
		var first = statements.state(consultation.value(), deadline).orElseThrow();

		List<Callable<AvailabilityStatements.Stated>> calls = List.of(() -> statements.state(consultation.value(), later).orElseThrow(),
				() -> statements.state(consultation.value(), later).orElseThrow(),
				() -> statements.state(consultation.value(), later).orElseThrow());
		var outcomes = concurrently(calls);

		assertThat(outcomes).extracting(AvailabilityStatements.Stated::sequence).containsOnly(outcomes.getFirst().sequence());
		assertThat(outcomes.getFirst().sequence()).isNotEqualTo(first.sequence());
		assertThat(outcomes.getFirst().deadline()).isEqualTo(later);
		assertThat(entriesAbout(consultation, later)).hasSize(1);
		assertThat(entriesAbout(consultation, deadline)).hasSize(1);
		assertThat(first.statement().periods()).singleElement()
			.isEqualTo(new Period(Status.UNKNOWN, deadline.minus(Duration.ofHours(4)), deadline));
	}

	@Test
	void theProbingInstanceStatesEachClosedDeadlineOnceItSettled() {
		// a deadline minutes ahead: closing it moves the shared clock only minutes on, closing nobody else's
		var deadline = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(3));
		var consultation = published(deadline);
		clock.set(deadline.plus(Duration.ofMinutes(1)));
		ConsultationFixtures.applyDue(context);
		await().atMost(Duration.ofSeconds(20)).until(() -> log.entriesAbout(consultation.value())
			.stream()
			.anyMatch(e -> e.kind() == EvidenceKind.CONSULTATION_CLOSED));

		statements.stateClosedDeadlines(Duration.ofDays(7));
		assertThat(entriesAbout(consultation, deadline)).as("not settled yet").isEmpty();

		clock.set(deadline.plus(Duration.ofMinutes(2)).plusSeconds(1));
		assertThat(statements.stateClosedDeadlines(Duration.ofDays(7))).isPositive();
		assertThat(statements.stateClosedDeadlines(Duration.ofDays(7))).as("nothing left to state").isZero();

		assertThat(entriesAbout(consultation, deadline)).singleElement()
			.satisfies(e -> assertThat(e.statement()).contains("\"deadline\":\"" + deadline + "\""));
		assertThat(statements.recorded(consultation.value(), deadline)).isPresent();
	}

	@Test
	void aStatementRewrittenInTheDatabaseBreaksTheChainAtItsEntry() throws Exception {
		var deadline = Probes.someFreeMinute();
		var consultation = published(deadline);
		availability.record(deadline.minus(Duration.ofMinutes(1)), probe(Probes.nothingListens()).run());
		clock.set(deadline.plus(Duration.ofMinutes(3)));
		var stated = statements.state(consultation.value(), deadline).orElseThrow();
		assertThat(stated.canonical()).contains("\"DOWN ");
		var sql = JdbcClient.create(dataSource);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			sql.sql("set local session_replication_role = replica").update(); // what a superuser can do
			// the outage made to vanish: the statement rewritten along with its payload hash, as the database checks
			var forged = stated.canonical().replace("\"DOWN ", "\"UP ");
			sql.sql("update evidence.entry set statement = ?, payload_sha256 = ? where sequence = ?")
				.params(forged, sha256(forged), stated.sequence())
				.update();

			var found = log.verify().firstBreak().orElseThrow();

			assertThat(found.sequence()).isEqualTo(stated.sequence());
			assertThat(found.problem()).isEqualTo(Problem.ALTERED);
		});
		assertThat(log.verify().intact()).as("rolled back").isTrue();
	}

	private List<EvidenceEntry> entriesAbout(ConsultationId consultation, Instant deadline) {
		return log.entriesAbout(AvailabilityStatements.subject(consultation.value(), deadline))
			.stream()
			.filter(e -> e.kind() == EvidenceKind.AVAILABILITY_STATED)
			.toList();
	}

	private ConsultationId published(Instant deadline) {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des relevés"), "35");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Entretien des toitures"), deadline));
		ConsultationFixtures.publish(consultations, consultation);
		return consultation;
	}

	private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
		var pool = Executors.newFixedThreadPool(calls.size());
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			var running = calls.stream().map(call -> pool.submit(() -> {
				start.await();
				return call.call();
			})).toList();
			start.countDown();
			var results = new java.util.ArrayList<T>();
			for (var result : running) {
				results.add(result.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private AvailabilityProbe probe(URI web) {
		// the deposit check goes where the web check goes
		return Probes.probe(dataSource, blobs, probeSetup, probeOpeningKeys, web, URI.create(web.toString().replace("/verifier", "")),
				Duration.ofHours(1));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
