package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closing at the deadline: the chronograph, driven by the test clock instead of the scheduler. */
@IntegrationTest
class ChronographTest {

	@Autowired
	Chronograph chronograph;

	@Autowired
	ConsultationService consultations;

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	OrganisationService organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void closesAConsultationWhenTheClockPassesItsDeadline() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité chronographe"), "75");
		var deadline = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, "Gardiennage", deadline));
		ConsultationFixtures.publish(consultations, id);

		chronograph.checkDue();
		assertThat(catalogue.find(id).orElseThrow().state()).isEqualTo(ConsultationState.PUBLISHED);

		clock.advance(Duration.ofMinutes(11));
		chronograph.checkDue();

		var closed = catalogue.find(id).orElseThrow();
		assertThat(closed.state()).isEqualTo(ConsultationState.CLOSED);
		assertThat(closed.closedAt()).isAfterOrEqualTo(deadline);
		assertThat(jdbc.queryForObject("select next_check_at is null from consultation.consultation where id = ?",
				Boolean.class, id.value())).isTrue();
	}

	@Test
	void twoInstancesCheckingAtOnceNeverCheckTheSameConsultationTwice() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité concurrente"), "75");
		var deadline = clock.instant().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
		var ids = new ArrayList<ConsultationId>();
		for (int i = 0; i < 120; i++) {
			var id = consultations.draft(ConsultationFixtures.newConsultation(entity, "Lot de test " + i, deadline));
			ConsultationFixtures.publish(consultations, id);
			ids.add(id);
		}
		clock.advance(Duration.ofMinutes(6));
		var due = jdbc.queryForObject("select count(*) from consultation.consultation where next_check_at <= ?",
				Integer.class, Timestamp.from(clock.instant()));

		Callable<Integer> instance = chronograph::checkDue;
		try (var executor = Executors.newFixedThreadPool(2)) {
			var first = executor.submit(instance);
			var second = executor.submit(instance);
			// the scheduled run may take some too: together, never more than what was due
			assertThat(first.get() + second.get()).isLessThanOrEqualTo(due);
		}
		assertThat(ids).allSatisfy(id -> assertThat(catalogue.find(id).orElseThrow().state())
			.isEqualTo(ConsultationState.CLOSED));
	}
}
