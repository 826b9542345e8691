package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationChanged.ChangedDocument;
import fr.openmarches.consultation.ConsultationDetails.DocumentView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the documents of a consultation change, without Spring: freely while a draft; once public,
 * only through numbered changes with a reason, every earlier version kept.
 */
class AddendumTest {

	static final Instant DEADLINE = ConsultationLifecycleTest.DEADLINE;

	static final Instant BEFORE = DEADLINE.minus(Duration.ofDays(10));

	Consultation consultation;

	UUID rules;

	UUID cctp;

	UUID plans;

	@BeforeEach
	void aPublishedConsultationWithItsRulesAPieceAndPlansOnPaper() {
		consultation = ConsultationLifecycleTest.consultationIn(ConsultationState.DRAFT);
		rules = ConsultationLifecycleTest.firstDocument(consultation);
		cctp = consultation.attach(DocumentKind.PIECE, new StoredFile("CCTP", "CCTP.pdf", "application/pdf",
				ConsultationLifecycleTest.file("x", 'c').blob()));
		plans = consultation.addPieceOnPaper("Plans A0", "À l'accueil");
		consultation.publish(BEFORE.minus(Duration.ofDays(5)), EuThresholds.IN_FORCE_2026, true);
		consultation.forgetEvents();
	}

	@Test
	void aReplacementKeepsThePreviousVersionUnderItsTitleAndPlace() {
		int number = consultation.publishChange(BEFORE, "Exigence d'autonomie précisée",
				List.of(replacing(cctp, "CCTP-v2.pdf", 'd')), List.of(), List.of());

		assertThat(number).isEqualTo(1);
		var details = details();
		assertThat(details.documents()).extracting(DocumentView::fileName).containsExactly("RC.pdf", "CCTP-v2.pdf", null);
		var current = details.pieces().getFirst();
		assertThat(current.title()).as("the title stays").isEqualTo("CCTP");
		assertThat(current.addedIn()).isEqualTo(1);
		assertThat(current.blob().sha256()).isEqualTo("d".repeat(64));

		var change = details.changes().getFirst();
		assertThat(change.reason()).isEqualTo("Exigence d'autonomie précisée");
		assertThat(change.publishedAt()).isEqualTo(BEFORE);
		assertThat(change.documents()).singleElement().satisfies(replaced -> {
			assertThat(replaced.type()).isEqualTo(DocumentChangeType.REPLACED);
			assertThat(replaced.previous().id()).isEqualTo(cctp);
			assertThat(replaced.previous().fileName()).isEqualTo("CCTP.pdf");
			assertThat(replaced.previous().removedIn()).isEqualTo(1);
			assertThat(replaced.previous().blob().sha256()).as("the old bytes are still referenced").isEqualTo("c".repeat(64));
			assertThat(replaced.document().id()).isEqualTo(current.id());
		});
		assertThat(details.document(cctp)).as("an earlier version is still found").isPresent();
	}

	@Test
	void theEventSaysWhatChangedForWhomItMayConcern() {
		consultation.publishChange(BEFORE, "Nouvelles pièces",
				List.of(replacing(rules, "RC-indice-B.pdf", 'e')), List.of(plans), List.of(file("Annexe.pdf", 'f')));

		var event = (ConsultationChanged) consultation.pendingEvents().getLast();
		assertThat(event.consultation()).isEqualTo(consultation.id());
		assertThat(event.reference()).isEqualTo("2026-TEST-0001");
		assertThat(event.title()).isEqualTo("Fourniture de papeterie");
		assertThat(event.number()).isEqualTo(1);
		assertThat(event.reason()).isEqualTo("Nouvelles pièces");
		assertThat(event.publishedAt()).isEqualTo(BEFORE);
		assertThat(event.documents()).extracting(ChangedDocument::type, ChangedDocument::title, ChangedDocument::fileName,
				ChangedDocument::previousFileName)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(DocumentChangeType.REPLACED, "RC", "RC-indice-B.pdf", "RC.pdf"),
					org.assertj.core.groups.Tuple.tuple(DocumentChangeType.REMOVED, "Plans A0", null, null),
					org.assertj.core.groups.Tuple.tuple(DocumentChangeType.ADDED, "Annexe", "Annexe.pdf", null));
		assertThat(event.documents().get(1).previous()).isEqualTo(plans);
	}

	@Test
	void changesAreNumberedAndALaterOneMayReplaceWhatAnEarlierOneBrought() {
		consultation.publishChange(BEFORE, "Première", List.of(replacing(cctp, "CCTP-B.pdf", 'd')), List.of(), List.of());
		var second = details().pieces().getFirst().id();
		assertThat(consultation.publishChange(BEFORE.plusSeconds(60), "Seconde",
				List.of(replacing(second, "CCTP-C.pdf", 'e')), List.of(), List.of())).isEqualTo(2);

		var details = details();
		assertThat(details.pieces().getFirst().fileName()).isEqualTo("CCTP-C.pdf");
		assertThat(details.changes()).extracting(ConsultationDetails.ChangeView::number).containsExactly(1, 2);
		assertThat(details.changes().get(1).documents().getFirst().previous().fileName()).isEqualTo("CCTP-B.pdf");
		assertThat(details.document(cctp)).hasValueSatisfying(first -> assertThat(first.removedIn()).isEqualTo(1));
		assertThatThrownBy(() -> consultation.publishChange(BEFORE.plusSeconds(120), "Trop tard pour l'ancienne",
				List.of(replacing(cctp, "CCTP-D.pdf", 'f')), List.of(), List.of()))
			.as("a retired version cannot be replaced again")
			.isInstanceOf(InvalidConsultationException.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly(Violation.of("documents", "consultation.change.unknownDocument")));
	}

	@Test
	void aChangeNeedsAReasonAndSomethingToChange() {
		assertThatThrownBy(() -> consultation.publishChange(BEFORE, "  ", List.of(), List.of(), List.of()))
			.isInstanceOf(InvalidConsultationException.class)
			.satisfies(e -> assertThat(violations(e)).containsExactlyInAnyOrder(
					Violation.of("reason", "consultation.form.required"),
					Violation.of("documents", "consultation.change.nothing")));
		assertThat(details().changes()).isEmpty();
		assertThat(consultation.pendingEvents()).isEmpty();
	}

	@Test
	void theRulesAndTheNoticeAreReplacedNeverRemoved() {
		assertThatThrownBy(() -> consultation.publishChange(BEFORE, "Retrait", List.of(), List.of(rules), List.of()))
			.isInstanceOf(InvalidConsultationException.class)
			.satisfies(e -> assertThat(violations(e))
				.containsExactly(Violation.of("documents", "consultation.change.keepsRulesAndNotice")));
		assertThat(details().rules()).isPresent();
	}

	@Test
	void aDocumentIsTouchedOnceAndMustBelongToTheConsultation() {
		assertThatThrownBy(() -> consultation.publishChange(BEFORE, "Deux fois",
				List.of(replacing(cctp, "CCTP-B.pdf", 'd')), List.of(cctp), List.of()))
			.isInstanceOf(InvalidConsultationException.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly(Violation.of("documents", "consultation.change.twice")));
		assertThatThrownBy(() -> consultation.publishChange(BEFORE, "Ailleurs", List.of(), List.of(UUID.randomUUID()),
				List.of()))
			.isInstanceOf(InvalidConsultationException.class);
		assertThat(details().documents()).hasSize(3);
		assertThat(details().changes()).isEmpty();
	}

	@Test
	void nothingChangesOnceTheDeadlineHasPassed() {
		assertThatThrownBy(() -> consultation.publishChange(DEADLINE, "Trop tard", List.of(), List.of(plans), List.of()))
			.isInstanceOf(DeadlinePassedException.class);
		assertThat(details().pieces()).hasSize(2);
	}

	@Test
	void aDraftDropsItsDocumentsWithoutATrace() {
		var draft = ConsultationLifecycleTest.consultationIn(ConsultationState.DRAFT);
		var piece = draft.attach(DocumentKind.PIECE, file("Brouillon.pdf", 'b'));
		draft.removeDocument(piece);
		assertThat(draft.details(null, ConsultationLifecycleTest::code).documents())
			.extracting(DocumentView::fileName).containsExactly("RC.pdf");
		assertThatThrownBy(() -> draft.removeDocument(piece)).isInstanceOf(InvalidConsultationException.class);
		assertThatThrownBy(() -> draft.publishChange(BEFORE, "Pas encore", List.of(), List.of(), List.of(file("A.pdf", 'a'))))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void onceThePublicHasSeenThemDocumentsChangeOnlyThroughAChange() {
		assertThatThrownBy(() -> consultation.attach(DocumentKind.PIECE, file("Ajout.pdf", 'a')))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> consultation.removeDocument(cctp)).isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> consultation.addPieceOnPaper("Maquette", "Sur place"))
			.isInstanceOf(IllegalTransitionException.class);
	}

	private ConsultationDetails details() {
		return consultation.details(null, ConsultationLifecycleTest::code);
	}

	private static Consultation.Replacing replacing(UUID document, String name, char digit) {
		return new Consultation.Replacing(document, file(name, digit));
	}

	private static StoredFile file(String name, char digit) {
		return ConsultationLifecycleTest.file(name, digit);
	}

	private static List<Violation> violations(Throwable e) {
		return ((InvalidConsultationException) e).violations();
	}
}
