package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Consultations stored in PostgreSQL and read back through the catalogue. */
@IntegrationTest
class ConsultationsTest {

	@Autowired
	ConsultationService consultations;

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	ConsultationFinder finder;

	@Autowired
	Consultations repository;

	@Autowired
	OrganisationService organisations;

	@Autowired
	BlobStore blobs;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aConsultationKeepsItsLotsCodesAndDocuments() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité stockage"), "31");
		var deadline = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
		var base = ConsultationFixtures.newConsultation(entity, "Rénovation de la toiture", deadline);
		var details = new NewConsultation(entity, base.reference(), base.title(), base.object(), ProcedureType.OPEN_TENDER,
				Category.WORKS, "45000000-7", List.of("45261000", "45453000 — Travaux de remise en état et de remise à neuf"),
				List.of(new NewLot("Charpente", "45261000", new BigDecimal("150000")), new NewLot("Couverture", null, null)),
				"2A", new BigDecimal("250000.50"), deadline.minus(Duration.ofDays(5)), deadline, true,
				Set.of(Envelope.OFFER), false, false, false, false);
		var id = consultations.draft(details);
		var content = "%PDF-1.7 règlement".getBytes(StandardCharsets.UTF_8);
		consultations.attach(id, DocumentKind.RULES, ConsultationFixtures.file("Règlement", "RC.pdf", content));
		consultations.attach(id, DocumentKind.NOTICE, ConsultationFixtures.file("Avis", "avis.pdf", content));
		consultations.addPieceOnPaper(id, "Plans A0", "Sur rendez-vous à l'accueil");

		assertThat(catalogue.find(id)).as("a draft is not public").isEmpty();
		OpeningFixtures.prepare(id);
		consultations.publish(id);

		var found = catalogue.find(id).orElseThrow();
		assertThat(found.entity().id()).isEqualTo(entity);
		assertThat(found.mainCpv().code()).as("stored without the legacy check digit").isEqualTo("45000000");
		assertThat(found.mainCpv().label(Locale.FRENCH)).isEqualTo("Travaux de construction");
		assertThat(found.additionalCpv()).extracting(CpvCode::code).containsExactly("45261000", "45453000");
		assertThat(found.department().name()).isEqualTo("Corse-du-Sud");
		assertThat(found.estimatedValue()).isEqualByComparingTo("250000.50");
		assertThat(found.envelopes()).containsExactly(Envelope.OFFER);
		assertThat(found.depositDeadline()).isEqualTo(deadline);
		assertThat(found.publishedAt()).isNotNull();
		assertThat(found.lots()).extracting(ConsultationDetails.LotView::number, ConsultationDetails.LotView::title)
			.containsExactly(tuple(1, "Charpente"), tuple(2, "Couverture"));
		assertThat(found.lots().getFirst().cpv().code()).isEqualTo("45261000");
		var rules = found.rules().orElseThrow();
		assertThat(rules.size()).isEqualTo(content.length);
		assertThat(rules.mediaType()).isEqualTo("application/pdf");
		assertThat(rules.blob().sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		try (var stored = blobs.open(rules.blob())) {
			assertThat(stored.readAllBytes()).isEqualTo(content);
		}
		assertThat(found.pieces()).singleElement().satisfies(piece -> assertThat(piece.dematerialised()).isFalse());
		assertThat(jdbc.queryForObject("select main_cpv from consultation.consultation where id = ?", String.class,
				id.value())).isEqualTo("45000000");
	}

	@Test
	void unknownCpvCodesAreRefusedEachAtItsPlace() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité codes"), "75");
		var base = ConsultationFixtures.newConsultation(entity, "Codes", clock.instant().plus(Duration.ofDays(9)));
		var details = ConsultationFixtures.withLots(new NewConsultation(entity, base.reference(), base.title(),
				base.object(), base.procedure(), base.category(), "12345678", List.of("79710000", "99999999"), List.of(),
				"75", null, null, base.depositDeadline(), false, base.envelopes(), false, false, false, false),
				new NewLot("Lot", "4523", null));
		assertThatThrownBy(() -> consultations.draft(details)).isInstanceOf(InvalidConsultationException.class)
			.satisfies(e -> assertThat(((InvalidConsultationException) e).violations())
				.containsExactlyInAnyOrder(Violation.of("mainCpv", "cpv.unknown", "12345678"),
						Violation.of("additionalCpv[1]", "cpv.unknown", "99999999"),
						Violation.of("lots[0].cpv", "cpv.unknown", "4523")));
		assertThat(jdbc.queryForObject("select count(*) from consultation.consultation where reference = ?",
				Integer.class, details.reference())).isZero();
	}

	@Test
	void theSearchFiltersByWordsCategoryStateAndEntity() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité recherche"), "13");
		var deadline = clock.instant().plus(Duration.ofDays(15));
		var marker = Fixtures.unique("Pétanque").replace(" ", "");
		var open = consultations.draft(ConsultationFixtures.newConsultation(entity, "Terrains de " + marker, deadline));
		ConsultationFixtures.publish(consultations, open);
		var cancelled = consultations
			.draft(ConsultationFixtures.newConsultation(entity, "Boules de " + marker, deadline));
		ConsultationFixtures.publish(consultations, cancelled);
		consultations.cancel(cancelled, "Besoin abandonné");
		consultations.draft(ConsultationFixtures.newConsultation(entity, "Brouillon de " + marker, deadline));
		var abandoned = consultations.draft(ConsultationFixtures.newConsultation(entity, "Abandon de " + marker, deadline));
		consultations.cancel(abandoned, "Jamais publiée");

		var byWord = new FinderQuery(marker.toLowerCase(), null, null, null, null, null, null, null, null, null, Set.of(), null);
		assertThat(finder.find(byWord, 0, 10).page().getContent()).extracting(ConsultationSummary::id)
			.containsExactlyInAnyOrder(open, cancelled);
		var openOnly = new FinderQuery(marker, null, null, entity, null, null, null, null, null, null, Set.of(ConsultationState.PUBLISHED), null);
		assertThat(finder.find(openOnly, 0, 10).page().getContent()).extracting(ConsultationSummary::id).containsExactly(open);
		var twoWords = new FinderQuery("terrains " + marker, null, null, null, null, null, null, null, null, null, Set.of(), null);
		assertThat(finder.find(twoWords, 0, 10).page().getTotalElements()).isEqualTo(1);
		var otherCategory = new FinderQuery(marker, null, null, null, Category.WORKS, null, null, null, null, null, Set.of(), null);
		assertThat(finder.find(otherCategory, 0, 10).page().getTotalElements()).isZero();
		var otherDepartment = new FinderQuery(marker, null, null, null, null, null, null, "31", null, null, Set.of(), null);
		assertThat(finder.find(otherDepartment, 0, 10).page().getTotalElements()).isZero();
		var draftsAsked = new FinderQuery(marker, null, null, null, null, null, null, null, null, null, Set.of(ConsultationState.DRAFT), null);
		assertThat(finder.find(draftsAsked, 0, 10).page().getTotalElements()).isZero();
		assertThat(catalogue.openAt(entity)).extracting(ConsultationSummary::id).containsExactly(open);
	}

	@Test
	void testConsultationsAreOnlyFoundAmongTheTrainingOnes() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité entraînement"), "75");
		var id = consultations.draft(ConsultationFixtures.newTestConsultation(entity, Fixtures.unique("Exercice"),
				clock.instant().plus(Duration.ofDays(30))));
		ConsultationFixtures.publish(consultations, id);

		var everything = new FinderQuery(null, null, null, entity, null, null, null, null, null, null, Set.of(), null);
		assertThat(finder.find(everything, 0, 10).page().getTotalElements()).isZero();
		assertThat(catalogue.openAt(entity)).isEmpty();
		assertThat(catalogue.training(0, 500).getContent()).extracting(ConsultationSummary::id).contains(id);
		assertThat(catalogue.find(id)).hasValueSatisfying(found -> assertThat(found.test()).isTrue());
	}

	@Test
	void aReferenceIsUniqueWithinItsEntity() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité références"), "75");
		var details = ConsultationFixtures.newConsultation(entity, "Premier", clock.instant().plus(Duration.ofDays(3)));
		consultations.draft(details);
		assertThatThrownBy(() -> consultations.draft(details)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(details.reference());
	}

	@Test
	void onlyConsultationsWhoseCheckIsDueAreLocked() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité échéances"), "75");
		var deadline = clock.instant().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, "Échéance lointaine", deadline));
		ConsultationFixtures.publish(consultations, id);

		var before = transactions.execute(status -> repository.lockDue(deadline.minusSeconds(1), 1000));
		assertThat(before).extracting(Consultation::id).doesNotContain(id);
		var at = transactions.execute(status -> repository.lockDue(deadline, 1000));
		assertThat(at).extracting(Consultation::id).contains(id);
	}

	@Test
	void pastTransitionsAreReplayedUnderTheSameRules() throws IOException {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité historique"), "75");
		var now = clock.instant();
		var deadline = now.minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, "Ancienne consultation", deadline));
		consultations.attach(id, DocumentKind.RULES, ConsultationFixtures.file("RC", "RC.pdf", new byte[] { 1 }));
		OpeningFixtures.prepare(id);

		assertThatThrownBy(() -> consultations.recordPast(id,
				List.of(PastTransition.to(ConsultationState.PUBLISHED, now.plus(Duration.ofDays(1))))))
			.as("the future is not the past")
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> consultations.recordPast(id,
				List.of(PastTransition.to(ConsultationState.PUBLISHED, deadline.plusSeconds(1)))))
			.as("published after its deadline")
			.isInstanceOf(IllegalStateException.class);

		consultations.recordPast(id,
				List.of(PastTransition.to(ConsultationState.PUBLISHED, deadline.minus(Duration.ofDays(30))),
						PastTransition.to(ConsultationState.CLOSED, deadline),
						PastTransition.to(ConsultationState.OPENED, deadline.plus(Duration.ofDays(1))),
						PastTransition.to(ConsultationState.AWARDED, deadline.plus(Duration.ofDays(5)))));
		var awarded = catalogue.find(id).orElseThrow();
		assertThat(awarded.state()).isEqualTo(ConsultationState.AWARDED);
		assertThat(awarded.publishedAt()).isEqualTo(deadline.minus(Duration.ofDays(30)));
		assertThat(awarded.decidedAt()).isEqualTo(deadline.plus(Duration.ofDays(5)));
	}
}
