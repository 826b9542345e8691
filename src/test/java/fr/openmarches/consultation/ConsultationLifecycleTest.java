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

import fr.openmarches.cpv.CpvCode;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore.StoredBlob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The consultation's state machine, without Spring: every action tried from every state. */
class ConsultationLifecycleTest {

	static final Instant DRAFTED = Instant.parse("2026-11-02T09:00:00Z");

	static final Instant DEADLINE = Instant.parse("2026-12-04T11:00:00Z");

	static final EuThresholds THRESHOLDS = EuThresholds.IN_FORCE_2026;

	/** What each action does from the states where it is legal; anywhere else it is refused. */
	static final Map<ConsultationState, Map<Action, ConsultationState>> LEGAL = Map.of(
			DRAFT, Map.of(Action.REVISE, DRAFT, Action.ATTACH, DRAFT, Action.REMOVE_DOCUMENT, DRAFT, Action.PUBLISH,
					PUBLISHED, Action.CANCEL, CANCELLED),
			PUBLISHED, Map.of(Action.PUBLISH_CHANGE, PUBLISHED, Action.CLOSE, CLOSED, Action.CANCEL, CANCELLED,
					Action.EXTEND_DEADLINE, PUBLISHED),
			CLOSED, Map.of(Action.OPEN, OPENED, Action.CANCEL, CANCELLED, Action.EXTEND_DEADLINE, PUBLISHED),
			OPENED, Map.of(Action.AWARD, AWARDED, Action.DECLARE_UNSUCCESSFUL, UNSUCCESSFUL, Action.CANCEL, CANCELLED));

	/** The event each action registers; the actions on a draft's details register none (nobody sees drafts). */
	static final Map<Action, Class<?>> EVENTS = Map.of(Action.PUBLISH, ConsultationPublished.class,
			Action.PUBLISH_CHANGE, ConsultationChanged.class, Action.CLOSE, ConsultationClosed.class, Action.OPEN,
			ConsultationOpened.class, Action.AWARD, ConsultationAwarded.class, Action.DECLARE_UNSUCCESSFUL,
			ConsultationDeclaredUnsuccessful.class, Action.CANCEL, ConsultationCancelled.class, Action.EXTEND_DEADLINE,
			DeadlineExtended.class);

	/** Which buyer action each action of the table is offered as. */
	static final Map<Action, BuyerAction> OFFERED_AS = Map.of(Action.REVISE, BuyerAction.REVISE, Action.ATTACH,
			BuyerAction.CHANGE_DOCUMENTS, Action.REMOVE_DOCUMENT, BuyerAction.CHANGE_DOCUMENTS, Action.PUBLISH,
			BuyerAction.PUBLISH, Action.PUBLISH_CHANGE, BuyerAction.PUBLISH_CHANGE, Action.CANCEL, BuyerAction.CANCEL);

	enum Action {

		REVISE, ATTACH, REMOVE_DOCUMENT, PUBLISH, PUBLISH_CHANGE, CLOSE, OPEN, AWARD, DECLARE_UNSUCCESSFUL, CANCEL,
		EXTEND_DEADLINE;

		/** Applies the action at a moment where time itself does not forbid it. */
		void applyTo(Consultation consultation) {
			switch (this) {
				case REVISE -> consultation.revise(newConsultation(consultation.entity(), null, DEADLINE),
						BuyerKind.CENTRAL_GOVERNMENT, THRESHOLDS);
				case ATTACH -> consultation.attach(DocumentKind.PIECE, file("CCTP.pdf", 'c'));
				case REMOVE_DOCUMENT -> consultation.removeDocument(firstDocument(consultation));
				case PUBLISH -> consultation.publish(DRAFTED.plus(Duration.ofDays(1)), THRESHOLDS, true);
				case PUBLISH_CHANGE -> consultation.publishChange(DEADLINE.minus(Duration.ofDays(3)), "Coquille",
						List.of(new Consultation.Replacing(firstDocument(consultation), file("RC-B.pdf", 'd'))), List.of(),
						List.of());
				case CLOSE -> consultation.close(DEADLINE);
				case OPEN -> consultation.open(DEADLINE.plus(Duration.ofDays(1)));
				case AWARD -> consultation.award(DEADLINE.plus(Duration.ofDays(10)));
				case DECLARE_UNSUCCESSFUL -> consultation.declareUnsuccessful(DEADLINE.plus(Duration.ofDays(10)));
				case CANCEL -> consultation.cancel(DEADLINE.plus(Duration.ofDays(2)), "Besoin redéfini");
				case EXTEND_DEADLINE -> consultation.extendDeadline(DEADLINE.plus(Duration.ofMinutes(5)),
						DEADLINE.plus(Duration.ofDays(2)), "Panne de la plateforme");
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
			if (EVENTS.containsKey(action)) {
				assertThat(consultation.pendingEvents()).hasSize(eventsBefore + 1);
				assertThat(consultation.pendingEvents().getLast()).isInstanceOf(EVENTS.get(action));
			}
			else {
				assertThat(consultation.pendingEvents()).hasSize(eventsBefore);
			}
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

	@ParameterizedTest
	@EnumSource(ConsultationState.class)
	void buyersAreOfferedExactlyWhatTheStateAllows(ConsultationState state) {
		var offered = EnumSet.noneOf(BuyerAction.class);
		LEGAL.getOrDefault(state, Map.of()).keySet().stream()
			.filter(OFFERED_AS::containsKey)
			.map(OFFERED_AS::get)
			.forEach(offered::add);
		assertThat(BuyerAction.allowedIn(state)).isEqualTo(offered);
	}

	@Test
	void aConsultationCannotBePublishedOnceItsDeadlineHasPassed() {
		var consultation = consultationIn(DRAFT);
		assertThatThrownBy(() -> consultation.publish(DEADLINE, THRESHOLDS, true)).isInstanceOf(PublicationRefusedException.class)
			.satisfies(e -> assertThat(((PublicationRefusedException) e).missing())
				.containsExactly(Requirement.DEPOSIT_DEADLINE_AHEAD));
		assertThat(consultation.state()).isEqualTo(DRAFT);
	}

	@Test
	void aPublicationNeedsTheOpeningKey() {
		var consultation = Consultation.draft(newConsultation(null, DEADLINE), BuyerKind.CENTRAL_GOVERNMENT, THRESHOLDS,
				DRAFTED);
		consultation.attach(DocumentKind.RULES, file("RC.pdf", 'a'));
		var now = DEADLINE.minus(Duration.ofDays(30));

		assertThat(consultation.check(now, THRESHOLDS, false).missing()).containsExactly(Requirement.OPENING_KEY);
		assertThatThrownBy(() -> consultation.publish(now, THRESHOLDS, false))
			.isInstanceOfSatisfying(PublicationRefusedException.class,
					refused -> assertThat(refused.missing()).containsExactly(Requirement.OPENING_KEY));
		assertThat(consultation.state()).isEqualTo(DRAFT);
	}

	@Test
	void aPublicationNeedsTheRulesAndForAFormalisedProcedureTheNotice() {
		var details = newConsultation(null, DEADLINE);
		var tender = new NewConsultation(details.entity(), details.reference(), details.title(), details.object(),
				ProcedureType.OPEN_TENDER, details.category(), details.mainCpv(), List.of(), List.of(), "75", null,
				DEADLINE.minus(Duration.ofDays(40)), DEADLINE, false, details.envelopes(), false, false, false, false);
		var consultation = Consultation.draft(tender, BuyerKind.CENTRAL_GOVERNMENT, THRESHOLDS, DRAFTED);
		var now = DEADLINE.minus(Duration.ofDays(30));

		var check = consultation.check(now, THRESHOLDS, true);
		assertThat(check.missing()).containsExactly(Requirement.RULES, Requirement.NOTICE,
				Requirement.QUESTIONS_DEADLINE_AHEAD);
		assertThat(check.advice()).containsExactly(Requirement.ESTIMATED_VALUE, Requirement.TENDER_DOCUMENTS);
		assertThatThrownBy(() -> consultation.publish(now, THRESHOLDS, true)).isInstanceOf(PublicationRefusedException.class);

		consultation.attach(DocumentKind.RULES, file("RC.pdf", 'a'));
		consultation.attach(DocumentKind.NOTICE, file("avis.pdf", 'b'));
		consultation.revise(new NewConsultation(null, tender.reference(), tender.title(), tender.object(),
				tender.procedure(), tender.category(), tender.mainCpv(), List.of(), List.of(), "75", null, null, DEADLINE,
				false, tender.envelopes(), false, false, false, false), BuyerKind.CENTRAL_GOVERNMENT, THRESHOLDS);
		assertThat(consultation.check(now, THRESHOLDS, true).publishable()).isTrue();
		consultation.publish(now, THRESHOLDS, true);
		assertThat(consultation.state()).isEqualTo(PUBLISHED);
	}

	@Test
	void anExtendedDeadlineIsLaterAndReopensAClosedConsultation() {
		var consultation = consultationIn(CLOSED);
		var now = DEADLINE.plus(Duration.ofMinutes(10));
		assertThatThrownBy(() -> consultation.extendDeadline(now, DEADLINE.plus(Duration.ofMinutes(5)), "Panne"))
			.as("not later than now").isInstanceOf(InvalidConsultationException.class);
		assertThatThrownBy(() -> consultation.extendDeadline(now, DEADLINE.plus(Duration.ofDays(1)), " "))
			.as("no reason").isInstanceOf(InvalidConsultationException.class);
		assertThat(consultation.state()).isEqualTo(CLOSED);

		var previous = consultation.extendDeadline(now, DEADLINE.plus(Duration.ofDays(1)).plusMillis(400), "Panne");

		assertThat(previous).isEqualTo(DEADLINE);
		assertThat(consultation.state()).isEqualTo(PUBLISHED);
		assertThat(consultation.depositDeadline()).isEqualTo(DEADLINE.plus(Duration.ofDays(1)));
		assertThat(consultation.nextCheck()).contains(DEADLINE.plus(Duration.ofDays(1)));
		assertThat(consultation.pendingEvents().getLast()).isInstanceOfSatisfying(DeadlineExtended.class, event -> {
			assertThat(event.reopened()).isTrue();
			assertThat(event.previousDeadline()).isEqualTo(DEADLINE);
		});
		assertThatThrownBy(() -> consultation.extendDeadline(now, DEADLINE.plus(Duration.ofHours(12)), "Panne"))
			.as("not later than the current deadline").isInstanceOf(InvalidConsultationException.class);
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
		assertThatThrownBy(() -> consultation.cancel(DEADLINE.minusSeconds(60), " "))
			.isInstanceOf(InvalidConsultationException.class);
		consultation.cancel(DEADLINE.minusSeconds(60), "Besoin redéfini");
		assertThat(consultation.pendingEvents().getLast())
			.isEqualTo(new ConsultationCancelled(consultation.id(), "Besoin redéfini", DEADLINE.minusSeconds(60)));
	}

	@Test
	void thePublishedEventTellsTheDeadline() {
		var consultation = consultationIn(DRAFT);
		var now = DRAFTED.plus(Duration.ofHours(1));
		consultation.publish(now, THRESHOLDS, true);
		assertThat(consultation.pendingEvents()).containsExactly(new ConsultationPublished(consultation.id(),
				consultation.entity(), "2026-TEST-0001", DEADLINE, false, now));
	}

	@Test
	void aDraftChangesFreelyAndARevisionReplacesItsLots() {
		var consultation = consultationIn(DRAFT);
		consultation.revise(ConsultationFixtures.withLots(newConsultation(consultation.entity(), null, DEADLINE),
				new NewLot("Papier", "30197630", BigDecimal.TEN), new NewLot("Enveloppes", null, null)),
				BuyerKind.CENTRAL_GOVERNMENT, THRESHOLDS);
		consultation.attach(DocumentKind.RULES, file("RC-v2.pdf", 'b'));
		consultation.addPieceOnPaper("Plans A0", "À retirer à l'accueil");
		var details = consultation.details(null, ConsultationLifecycleTest::code);
		assertThat(details.lots()).extracting(ConsultationDetails.LotView::number).containsExactly(1, 2);
		assertThat(details.rules()).hasValueSatisfying(rules -> assertThat(rules.fileName()).isEqualTo("RC-v2.pdf"));
		assertThat(details.documents()).hasSize(2);

		consultation.revise(newConsultation(consultation.entity(), null, DEADLINE), BuyerKind.CENTRAL_GOVERNMENT,
				THRESHOLDS);
		assertThat(consultation.details(null, ConsultationLifecycleTest::code).lots()).isEmpty();
	}

	@Test
	void questionsCannotCloseAfterBids() {
		var details = newConsultation(DEADLINE.plusSeconds(1), DEADLINE);
		assertThatThrownBy(() -> Consultation.draft(details, BuyerKind.CENTRAL_GOVERNMENT, THRESHOLDS, DRAFTED))
			.isInstanceOf(InvalidConsultationException.class)
			.satisfies(e -> assertThat(((InvalidConsultationException) e).violations()).extracting(Violation::field)
				.containsExactly("questionsDeadline"));
	}

	/** A consultation brought to {@code state} through its legal transitions; a draft has its rules. */
	static Consultation consultationIn(ConsultationState state) {
		var consultation = Consultation.draft(newConsultation(null, DEADLINE), BuyerKind.CENTRAL_GOVERNMENT, THRESHOLDS,
				DRAFTED);
		consultation.attach(DocumentKind.RULES, file("RC.pdf", 'a'));
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
		return newConsultation(new PurchasingEntityId(UUID.randomUUID()), questionsDeadline, depositDeadline);
	}

	static NewConsultation newConsultation(PurchasingEntityId entity, Instant questionsDeadline,
			Instant depositDeadline) {
		return new NewConsultation(entity, "2026-TEST-0001", "Fourniture de papeterie",
				"Papier, enveloppes et petites fournitures.", ProcedureType.MAPA, Category.SUPPLIES, "30192000",
				List.of(), List.of(), "75", new BigDecimal("15000"), questionsDeadline, depositDeadline, false,
				Set.of(Envelope.APPLICATION, Envelope.OFFER), false, false, false, false);
	}

	/** A stored file whose hash is {@code digit} repeated. */
	static StoredFile file(String name, char digit) {
		return new StoredFile(null, name, "application/pdf", new StoredBlob(new BlobId(String.valueOf(digit).repeat(64)), 1234));
	}

	static UUID firstDocument(Consultation consultation) {
		return consultation.details(null, ConsultationLifecycleTest::code).documents().getFirst().id();
	}

	/** Labels are not the point here: codes without them. */
	static CpvCode code(String code) {
		return new CpvCode(code, null, null, null);
	}
}
