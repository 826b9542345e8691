package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When a consultation next needs the chronograph, and what the chronograph does then. */
class NextCheckTest {

	static final Instant DEADLINE = ConsultationLifecycleTest.DEADLINE;

	@Test
	void aPublishedConsultationIsNextCheckedAtItsDepositDeadline() {
		var consultation = ConsultationLifecycleTest.consultationIn(ConsultationState.PUBLISHED);
		assertThat(consultation.nextCheck()).contains(DEADLINE);
		assertThat(consultation.nextCheckAt()).isEqualTo(DEADLINE);
	}

	@ParameterizedTest
	@EnumSource(value = ConsultationState.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
	void noOtherStateWaitsForTheClock(ConsultationState state) {
		var consultation = ConsultationLifecycleTest.consultationIn(state);
		assertThat(consultation.nextCheck()).isEmpty();
		assertThat(consultation.nextCheckAt()).isNull();
	}

	@Test
	void checkingBeforeTheDeadlineChangesNothing() {
		var consultation = ConsultationLifecycleTest.consultationIn(ConsultationState.PUBLISHED);
		int events = consultation.pendingEvents().size();
		consultation.checkDeadlines(DEADLINE.minus(Duration.ofMillis(1)));
		assertThat(consultation.state()).isEqualTo(ConsultationState.PUBLISHED);
		assertThat(consultation.nextCheckAt()).isEqualTo(DEADLINE);
		assertThat(consultation.pendingEvents()).hasSize(events);
	}

	@Test
	void checkingAtOrAfterTheDeadlineClosesAndStopsTheChecks() {
		var consultation = ConsultationLifecycleTest.consultationIn(ConsultationState.PUBLISHED);
		var late = DEADLINE.plusSeconds(20);
		consultation.checkDeadlines(late);
		assertThat(consultation.state()).isEqualTo(ConsultationState.CLOSED);
		assertThat(consultation.nextCheckAt()).isNull();
		assertThat(consultation.pendingEvents().getLast())
			.isEqualTo(new ConsultationClosed(consultation.id(), DEADLINE, late));
	}

	@Test
	void aCancelledConsultationIsNoLongerChecked() {
		var consultation = ConsultationLifecycleTest.consultationIn(ConsultationState.PUBLISHED);
		consultation.cancel(DEADLINE.minusSeconds(3600), "Erreur dans le dossier");
		assertThat(consultation.nextCheckAt()).isNull();
		consultation.checkDeadlines(DEADLINE.plusSeconds(3600));
		assertThat(consultation.state()).isEqualTo(ConsultationState.CANCELLED);
	}
}
