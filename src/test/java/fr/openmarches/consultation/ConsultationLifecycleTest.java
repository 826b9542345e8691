package fr.openmarches.consultation;

import static fr.openmarches.consultation.ConsultationState.AWARDED;
import static fr.openmarches.consultation.ConsultationState.CANCELLED;
import static fr.openmarches.consultation.ConsultationState.CLOSED;
import static fr.openmarches.consultation.ConsultationState.DRAFT;
import static fr.openmarches.consultation.ConsultationState.OPENED;
import static fr.openmarches.consultation.ConsultationState.PUBLISHED;
import static fr.openmarches.consultation.ConsultationState.UNSUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore.StoredBlob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The consultation's state machine, without Spring: every action tried from every state. */
class ConsultationLifecycleTest {

	static final Instant DRAFTED = Instant.parse("2026-11-02T09:00:00Z");

	static final Instant DEADLINE = Instant.parse("2026-12-04T11:00:00Z");

	/** What each action does from the states where it is legal; anywhere else it is refused. */
	static final Map<ConsultationState, Map<Action, ConsultationState>> LEGAL = Map.of(
			DRAFT, Map.of(Action.PUBLISH, PUBLISHED, Action.CANCEL, CANCELLED),
			PUBLISHED, Map.of(Action.CLOSE, CLOSED, Action.CANCEL, CANCELLED),
			CLOSED, Map.of(Action.OPEN, OPENED, Action.CANCEL, CANCELLED),
			OPENED, Map.of(Action.AWARD, AWARDED, Action.DECLARE_UNSUCCESSFUL, UNSUCCESSFUL));

	/** The event each action registers. */
	static final Map<Action, Class<?>> EVENTS = Map.of(Action.PUBLISH, ConsultationPublished.class, Action.CLOSE,
			ConsultationClosed.class, Action.OPEN, ConsultationOpened.class, Action.AWARD, ConsultationAwarded.class,
			Action.DECLARE_UNSUCCESSFUL, ConsultationDeclaredUnsuccessful.class, Action.CANCEL,
			ConsultationCancelled.class);

	enum Action {

		PUBLISH, CLOSE, OPEN, AWARD, DECLARE_UNSUCCESSFUL, CANCEL;

		/** Applies the action at a moment where time itself does not forbid it. */
		void applyTo(Consultation consultation) {
			switch (this) {
				case PUBLISH -> consultation.publish(DRAFTED.plus(Duration.ofDays(1)));
				case CLOSE -> consultation.close(DEADLINE);
				case OPEN -> consultation.open(DEADLINE.plus(Duration.ofDays(1)));
				case AWARD -> consultation.award(DEADLINE.plus(Duration.ofDays(10)));
				case DECLARE_UNSUCCESSFUL -> consultation.declareUnsuccessful(DEADLINE.plus(Duration.ofDays(10)));
				case CANCEL -> consultation.cancel(DEADLINE.minus(Duration.ofDays(2)), "Besoin redéfini");
			}
		}
	}

	static Stream<Arguments> everyStateAndAction() {
		return EnumSet.allOf(ConsultationState.class)
			.stream()
			.flatMap(state -> EnumSet.allOf(Action.class).stream().map(action -> Arguments.of(state, action)));
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("everyStateAndAction")
	void everyActionIsLegalOnlyFromItsStates(ConsultationState from, Action action) {
		var consultation = consultationIn(from);
		int eventsBefore = consultation.pendingEvents().size();
		var expected = LEGAL.getOrDefault(from, Map.of()).get(action);

		if (expected == null) {
			assertThatThrownBy(() -> action.applyTo(consultation)).isInstanceOf(IllegalTransitionException.class);
			assertThat(consultation.state()).isEqualTo(from);
			assertThat(consultation.pendingEvents()).hasSize(eventsBefore);
		}
		else {
			action.applyTo(consultation);
			assertThat(consultation.state()).isEqualTo(expected);
			assertThat(consultation.pendingEvents()).hasSize(eventsBefore + 1);
			assertThat(consultation.pendingEvents().getLast()).isInstanceOf(EVENTS.get(action));
		}
	}

	@Test
	void theTableCoversEveryStateAndTheFinalStatesAllowNothing() {
		assertThat(LEGAL.keySet()).containsExactlyInAnyOrder(DRAFT, PUBLISHED, CLOSED, OPENED);
		for (var state : ConsultationState.values()) {
			assertThat(state.isFinal()).as("%s is final", state).isEqualTo(!LEGAL.containsKey(state));
		}
		assertThat(ConsultationState.CANCELLABLE).containsExactlyInAnyOrderElementsOf(LEGAL.entrySet()
			.stream()
			.filter(entry -> entry.getValue().containsKey(Action.CANCEL))
			.map(Map.Entry::getKey)
			.toList());
	}

	@Test
	void aConsultationCannotBePublishedOnceItsDeadlineHasPassed() {
		var consultation = consultationIn(DRAFT);
		assertThatThrownBy(() -> consultation.publish(DEADLINE)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("deadline");
		assertThat(consultation.state()).isEqualTo(DRAFT);
	}

	@Test
	void aConsultationCannotCloseBeforeItsDeadline() {
		var consultation = consultationIn(PUBLISHED);
		assertThatThrownBy(() -> consultation.close(DEADLINE.minusSeconds(1))).isInstanceOf(IllegalStateException.class);
		consultation.close(DEADLINE);
		assertThat(consultation.state()).isEqualTo(CLOSED);
	}

	@Test
	void aCancellationNeedsAReasonAndPublishesIt() {
		var consultation = consultationIn(PUBLISHED);
		assertThatThrownBy(() -> consultation.cancel(DEADLINE.minusSeconds(60), " ")).isInstanceOf(IllegalArgumentException.class);
		consultation.cancel(DEADLINE.minusSeconds(60), "Besoin redéfini");
		assertThat(consultation.pendingEvents().getLast())
			.isEqualTo(new ConsultationCancelled(consultation.id(), "Besoin redéfini", DEADLINE.minusSeconds(60)));
	}

	@Test
	void thePublishedEventTellsTheDeadline() {
		var consultation = consultationIn(DRAFT);
		var now = DRAFTED.plus(Duration.ofHours(1));
		consultation.publish(now);
		assertThat(consultation.pendingEvents()).containsExactly(new ConsultationPublished(consultation.id(),
				consultation.entity(), "2026-TEST-0001", DEADLINE, false, now));
	}

	@Test
	void lotsAndDocumentsChangeOnlyWhileDraft() {
		var consultation = consultationIn(DRAFT);
		consultation.addLot(new NewLot("Lot unique", null, BigDecimal.TEN));
		consultation.attach(DocumentKind.RULES, "RC", "RC.pdf", "application/pdf", blob('a'));
		consultation.attach(DocumentKind.RULES, "RC modifié", "RC-v2.pdf", "application/pdf", blob('b'));
		consultation.addPieceOnPaper("Plans A0", "À retirer à l'accueil");
		var details = consultation.details(null);
		assertThat(details.lots()).extracting(ConsultationDetails.LotView::number).containsExactly(1);
		assertThat(details.rules()).hasValueSatisfying(rules -> assertThat(rules.fileName()).isEqualTo("RC-v2.pdf"));
		assertThat(details.pieces()).singleElement().satisfies(piece -> {
			assertThat(piece.dematerialised()).isFalse();
			assertThat(piece.howToObtain()).isEqualTo("À retirer à l'accueil");
		});

		consultation.publish(DRAFTED);
		assertThatThrownBy(() -> consultation.addLot(new NewLot("Lot 2", null, null)))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> consultation.attach(DocumentKind.PIECE, "CCTP", "CCTP.pdf", "application/pdf", blob('c')))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> consultation.addPieceOnPaper("Échantillons", "Sur place"))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void questionsCannotCloseAfterBids() {
		var details = newConsultation(DEADLINE.plusSeconds(1), DEADLINE);
		assertThatThrownBy(() -> Consultation.draft(details)).isInstanceOf(IllegalArgumentException.class);
	}

	/** A consultation brought to {@code state} through its legal transitions. */
	static Consultation consultationIn(ConsultationState state) {
		var consultation = Consultation.draft(newConsultation(null, DEADLINE));
		var path = new ArrayList<Action>();
		switch (state) {
			case DRAFT -> {
			}
			case PUBLISHED -> path.add(Action.PUBLISH);
			case CLOSED -> path.addAll(List.of(Action.PUBLISH, Action.CLOSE));
			case OPENED -> path.addAll(List.of(Action.PUBLISH, Action.CLOSE, Action.OPEN));
			case AWARDED -> path.addAll(List.of(Action.PUBLISH, Action.CLOSE, Action.OPEN, Action.AWARD));
			case UNSUCCESSFUL ->
				path.addAll(List.of(Action.PUBLISH, Action.CLOSE, Action.OPEN, Action.DECLARE_UNSUCCESSFUL));
			case CANCELLED -> path.addAll(List.of(Action.PUBLISH, Action.CANCEL));
		}
		path.forEach(action -> action.applyTo(consultation));
		assertThat(consultation.state()).isEqualTo(state);
		return consultation;
	}

	static NewConsultation newConsultation(Instant questionsDeadline, Instant depositDeadline) {
		return new NewConsultation(new PurchasingEntityId(UUID.randomUUID()), "2026-TEST-0001",
				"Fourniture de papeterie", "Papier, enveloppes et petites fournitures.", ProcedureType.MAPA,
				Category.SUPPLIES, new CpvCode("30192000-1"), List.of(), "75", new BigDecimal("15000"),
				questionsDeadline, depositDeadline, false, Set.of(Envelope.APPLICATION, Envelope.OFFER), false);
	}

	static StoredBlob blob(char digit) {
		return new StoredBlob(new BlobId(String.valueOf(digit).repeat(64)), 1234);
	}
}
