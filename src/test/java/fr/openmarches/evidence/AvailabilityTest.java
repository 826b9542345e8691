package fr.openmarches.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.evidence.AvailabilityStatement.Period;
import fr.openmarches.evidence.AvailabilityStatement.Status;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobStore;

/**
 * The platform probes itself (database, blobs, upload directory, its own web server), records one
 * probe per slot, and states its availability over a window: merged periods, gaps unknown. The
 * scheduler is off in tests: each test probes by hand at the times it sets, far from the others'.
 */
@IntegrationTest
class AvailabilityTest {

	@LocalServerPort
	int port;

	@Autowired
	Availability availability;

	@Autowired
	DataSource dataSource;

	@Autowired
	BlobStore blobs;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	MutableClock clock;

	@Autowired
	ProbeSetup setup;

	@Autowired
	fr.openmarches.opening.OpeningKeys openingKeys;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/**
	 * A minute of its own ahead, that no other test probes, within the validity of the test timestamp
	 * authority's certificate (ten years): the probe deposit's timestamp is checked on the platform's clock.
	 */
	private static Instant someFreeMinuteTheAuthorityStamps() {
		return Instant.now()
			.plus(Duration.ofMinutes(1440 + ThreadLocalRandom.current().nextInt(900 * 1440)))
			.truncatedTo(ChronoUnit.MINUTES);
	}

	/** A real probe of this platform; {@code web} says where its web check goes. */
	private AvailabilityProbe probe(URI web, Duration slowThreshold) {
		return Probes.probe(dataSource, blobs, setup, openingKeys, web, URI.create("http://127.0.0.1:" + port), slowThreshold);
	}

	private AvailabilityProbe healthy() {
		return probe(URI.create("http://127.0.0.1:" + port + "/verifier"), Duration.ofHours(1));
	}


	@Test
	void aProbeChecksEveryPathAndIsRecordedOncePerSlot() throws Exception {
		var minute = someFreeMinuteTheAuthorityStamps();
		clock.set(minute.plusSeconds(5));

		var probe = availability.probeIfDue().orElseThrow();

		assertThat(probe.checks()).extracting(ProbeResult.CheckResult::name)
			.containsExactly("database", "blobs", "uploads", "web", "deposit");
		assertThat(probe.checks()).allSatisfy(check -> assertThat(check.ok()).as(check.name() + ": " + check.error()).isTrue());
		var slow = probe.checks().stream().anyMatch(c -> c.duration().compareTo(Duration.ofSeconds(2)) > 0);
		assertThat(probe.status()).isEqualTo(slow ? Status.DEGRADED : Status.UP);
		assertThat(blobs.exists(blobs.put(new java.io.ByteArrayInputStream(AvailabilityProbe.PROBE_BLOB)).id())).isTrue();

		clock.set(minute.plusSeconds(40));
		assertThat(availability.probeIfDue()).as("the slot is taken").isEmpty();

		clock.set(minute.plusSeconds(70));
		var statement = availability.statement(minute, minute.plusSeconds(60));
		assertThat(statement.probes()).isEqualTo(1);
		assertThat(statement.periods()).containsExactly(new Period(probe.status(), minute, minute.plusSeconds(60)));
		assertThat(statement.share(probe.status()).percent()).isEqualTo(100.0);
		var latest = availability.latest().orElseThrow();
		assertThat(latest.checks()).extracting(ProbeResult.CheckResult::name)
			.containsExactlyInAnyOrder("database", "blobs", "uploads", "web", "deposit");
	}

	@Test
	void aFailingCheckMakesTheProbeDown() throws Exception {
		var result = probe(Probes.nothingListens(), Duration.ofHours(1)).run();

		assertThat(result.status()).isEqualTo(Status.DOWN);
		var web = result.checks().stream().filter(c -> c.name().equals("web")).findFirst().orElseThrow();
		assertThat(web.ok()).isFalse();
		assertThat(web.error()).isNotBlank();
		assertThat(result.checks()).filteredOn(c -> !c.name().equals("web")).allMatch(ProbeResult.CheckResult::ok);

		var minute = Probes.someFreeMinute();
		assertThat(availability.record(minute, result)).isTrue();
		assertThat(availability.record(minute, healthy().run())).as("one probe per slot, whoever comes second").isFalse();
		clock.set(minute.plusSeconds(90));
		assertThat(availability.statement(minute, minute.plusSeconds(60)).periods())
			.containsExactly(new Period(Status.DOWN, minute, minute.plusSeconds(60)));
	}

	@Test
	void theStatementMergesPeriodsAndCountsGapsAsUnknown() throws Exception {
		var t = Probes.someFreeMinute();
		availability.record(t, healthy().run());
		availability.record(t.plusSeconds(60), healthy().run());
		// t+2 min: nobody probed
		availability.record(t.plusSeconds(180), probe(Probes.nothingListens(), Duration.ofHours(1)).run());
		clock.set(t.plus(Duration.ofMinutes(30)));

		var statement = availability.statement(t, t.plusSeconds(300));

		assertThat(statement.periods()).containsExactly(new Period(Status.UP, t, t.plusSeconds(120)),
				new Period(Status.UNKNOWN, t.plusSeconds(120), t.plusSeconds(180)),
				new Period(Status.DOWN, t.plusSeconds(180), t.plusSeconds(240)),
				new Period(Status.UNKNOWN, t.plusSeconds(240), t.plusSeconds(300)));
		assertThat(statement.probes()).isEqualTo(3);
		assertThat(statement.share(Status.UP).percent()).isEqualTo(40.0);
		assertThat(statement.share(Status.UNKNOWN).percent()).isEqualTo(40.0);
		assertThat(statement.share(Status.DOWN).percent()).isEqualTo(20.0);
		assertThat(statement.share(Status.DEGRADED).duration()).isZero();
		assertThat(statement.worst()).isEqualTo(Status.UNKNOWN);

		var inside = availability.statement(t.plusSeconds(30), t.plusSeconds(90));
		assertThat(inside.periods()).containsExactly(new Period(Status.UP, t.plusSeconds(30), t.plusSeconds(90)));

		var future = availability.statement(t.plus(Duration.ofMinutes(20)), t.plus(Duration.ofHours(2)));
		assertThat(future.to()).as("cut at now").isBefore(t.plus(Duration.ofHours(2))).isBeforeOrEqualTo(clock.instant());
		assertThat(future.periods()).extracting(Period::status).containsExactly(Status.UNKNOWN);
		assertThatThrownBy(() -> availability.statement(t.plusSeconds(60), t)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theApiServesBoundedWindowsAndClosedConsultations() throws Exception {
		var t = Probes.someFreeMinute();
		availability.record(t, healthy().run());
		availability.record(t.plusSeconds(120), probe(Probes.nothingListens(), Duration.ofHours(1)).run());
		clock.set(t.plus(Duration.ofHours(1)));
		var visitor = new WebVisitor(port);

		var json = visitor.send("GET", "/api/v1/evidence/availability?from=" + t + "&to=" + t.plusSeconds(180), null,
				null, false);

		assertThat(json.status()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(json.body(), "$.periods[*].status")).containsExactly("UP", "UNKNOWN", "DOWN");
		assertThat(JsonPath.<String>read(json.body(), "$.periods[1].start")).isEqualTo(t.plusSeconds(60).toString());
		assertThat(JsonPath.<Integer>read(json.body(), "$.probes")).isEqualTo(2);
		assertThat(JsonPath.<String>read(json.body(), "$.worst")).as("unknown counts worst").isEqualTo("UNKNOWN");
		assertThat(JsonPath.<List<Double>>read(json.body(), "$.shares[?(@.status == 'DOWN')].percent"))
			.containsExactly(33.33);

		assertThat(visitor.send("GET", "/api/v1/evidence/availability?from=" + t.plusSeconds(60) + "&to=" + t, null, null,
				false).status()).as("empty window").isEqualTo(400);
		assertThat(visitor.send("GET", "/api/v1/evidence/availability?from=" + t.minus(Duration.ofDays(8)) + "&to=" + t,
				null, null, false).status()).as("more than 7 days").isEqualTo(400);
		var badTime = visitor.send("GET", "/api/v1/evidence/availability?from=yesterday", null, null, false);
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(badTime.body()).contains("ISO-8601");
		assertThat(visitor.send("GET", "/api/v1/evidence/availability?from=" + t.plus(Duration.ofDays(2)), null, null,
				false).status()).as("a window starting after now").isEqualTo(400);
		var lastDay = visitor.send("GET", "/api/v1/evidence/availability", null, null, false);
		assertThat(lastDay.status()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(lastDay.body(), "$.periods[*].status")).contains("UP", "DOWN");

		// a consultation: its statement is the 4 hours before its deadline, once passed
		clock.reset();
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité disponible"), "33");
		var deadline = Probes.someFreeMinute();
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Entretien des espaces verts"), deadline));
		ConsultationFixtures.publish(consultations, consultation);
		var path = "/api/v1/consultations/" + consultation.value() + "/availability";
		assertThat(visitor.send("GET", path, null, null, false).status()).as("deadline not passed").isEqualTo(409);

		availability.record(deadline.minusSeconds(60), healthy().run());
		clock.set(deadline.plus(Duration.ofMinutes(5)));
		var statement = visitor.send("GET", path, null, null, false);
		assertThat(statement.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(statement.body(), "$.from")).isEqualTo(deadline.minus(Duration.ofHours(4)).toString());
		assertThat(JsonPath.<String>read(statement.body(), "$.to")).isEqualTo(deadline.toString());
		assertThat(JsonPath.<List<String>>read(statement.body(), "$.periods[*].status")).containsExactly("UNKNOWN", "UP");
		assertThat(JsonPath.<String>read(statement.body(), "$.periods[1].start")).isEqualTo(deadline.minusSeconds(60).toString());
		assertThat(visitor.send("GET", "/api/v1/consultations/" + UUID.randomUUID() + "/availability", null, null, false)
			.status()).isEqualTo(404);
	}

	@Test
	void theTransparencyPageDrawsTheLastDayAndGivesItAsATable() throws Exception {
		var t = Probes.someFreeMinute();
		availability.record(t, healthy().run());
		availability.record(t.plusSeconds(60), probe(Probes.nothingListens(), Duration.ofHours(1)).run());
		clock.set(t.plus(Duration.ofMinutes(3)));
		var visitor = new WebVisitor(port);

		var page = visitor.get("/transparence");

		assertThat(page.status()).isEqualTo(200);
		var body = page.body();
		assertThat(body).contains("Disponibilité de la plateforme").contains("<svg role=\"img\"")
			.contains("availability-chart-title");
		var chart = body.substring(body.indexOf("id=\"availability-chart\""), body.indexOf("</figure>"));
		assertThat(chart).contains("data-status=\"UP\"").contains("data-status=\"DOWN\"").contains("data-status=\"UNKNOWN\"");
		var table = body.substring(body.indexOf("id=\"availability-table\""));
		assertThat(table).contains("Indisponible").contains("Disponible").contains("Inconnue");
		var latest = body.substring(body.indexOf("id=\"availability-latest\""));
		assertThat(latest).contains("Indisponible").contains("web").contains("database");
		var english = visitor.get("/transparence?lang=en");
		assertThat(english.body()).contains("Platform availability").contains("Down").contains("Unknown");
	}
}
