package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The consultations as one buyer reads and changes them, stored in PostgreSQL. */
@IntegrationTest
@RecordApplicationEvents
class BuyerConsultationsTest {

	@Autowired
	BuyerConsultations buyers;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Test
	void aBuyerActsForTheEntitiesWhereTheyBuyOrAdministerAndChoosesAmongThem() {
		var first = Fixtures.newEntity(organisations, Fixtures.unique("Entité première"), "75");
		var second = Fixtures.newEntity(organisations, Fixtures.unique("Entité seconde"), "13");
		var opening = Fixtures.newEntity(organisations, Fixtures.unique("Entité d'ouverture"), "31");
		var buyer = Buyers.appointed(accounts, organisations, first, AgentRole.BUYER);
		organisations.appoint(second, buyer.account(), Set.of(AgentRole.ENTITY_ADMINISTRATOR));
		organisations.appoint(opening, buyer.account(), Set.of(AgentRole.COMMISSION_MEMBER));

		assertThat(buyers.entitiesOf(buyer.account())).extracting(EntitySummary::id)
			.containsExactlyInAnyOrder(first, second);

		var deadline = clock.instant().plus(Duration.ofDays(20));
		var elsewhere = ConsultationFixtures.newConsultation(opening, "Ailleurs", deadline);
		assertThatThrownBy(() -> buyers.draft(buyer.account(), elsewhere)).isInstanceOf(InvalidConsultationException.class)
			.satisfies(e -> assertThat(((InvalidConsultationException) e).violations())
				.contains(Violation.of("entity", "consultation.form.entity.unknown")));
		var foreign = consultations.draft(elsewhere);
		assertThat(buyers.find(buyer.account(), foreign)).as("a commission member does not draft").isEmpty();
		assertThatThrownBy(() -> buyers.cancel(buyer.account(), foreign, "Non")).isInstanceOf(NoSuchConsultationException.class);
	}

	@Test
	void theListCountsEachStateAndKeepsDraftsAndTestConsultations() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité comptes"), "75");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var deadline = clock.instant().plus(Duration.ofDays(20));
		consultations.draft(ConsultationFixtures.newConsultation(entity, "Brouillon un", deadline));
		consultations.draft(ConsultationFixtures.newConsultation(entity, "Brouillon deux", deadline));
		var published = consultations.draft(ConsultationFixtures.newTestConsultation(entity, "Exercice", deadline));
		ConsultationFixtures.publish(consultations, published);
		var cancelled = consultations.draft(ConsultationFixtures.newConsultation(entity, "Abandonnée", deadline));
		consultations.cancel(cancelled, "Abandon");

		var counts = buyers.countByState(buyer.account(), null);
		assertThat(counts.get(ConsultationState.DRAFT)).isEqualTo(2);
		assertThat(counts.get(ConsultationState.PUBLISHED)).isEqualTo(1);
		assertThat(counts.get(ConsultationState.CANCELLED)).isEqualTo(1);
		assertThat(counts.get(ConsultationState.AWARDED)).isZero();

		var drafts = buyers.search(buyer.account(), new BuyerSearch(null, ConsultationState.DRAFT, null), 0, 10);
		assertThat(drafts.getContent()).extracting(ConsultationSummary::title)
			.containsExactly("Brouillon deux", "Brouillon un");
		var test = buyers.search(buyer.account(), new BuyerSearch(entity, null, "exercice"), 0, 10);
		assertThat(test.getContent()).singleElement().satisfies(c -> assertThat(c.test()).isTrue());
	}

	@Test
	void aPublishedChangeTellsOtherModulesWhatChanged() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité modifications"), "75");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var deadline = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
		var id = buyers.draft(buyer.account(), ConsultationFixtures.newConsultation(entity, "Nettoyage", deadline));
		var cctp = buyers.attach(buyer.account(), id, DocumentKind.PIECE,
				ConsultationFixtures.file(null, "CCTP.pdf", "%PDF v1".getBytes(StandardCharsets.UTF_8)));
		ConsultationFixtures.publish(consultations, id);

		int number = buyers.publishChange(buyer.account(), id, new Addendum("Surfaces corrigées",
				List.of(new Addendum.Replacement(cctp,
						ConsultationFixtures.file(null, "CCTP-B.pdf", "%PDF v2".getBytes(StandardCharsets.UTF_8)))),
				List.of(), List.of()));

		assertThat(number).isEqualTo(1);
		assertThat(events.stream(ConsultationChanged.class)).singleElement().satisfies(event -> {
			assertThat(event.consultation()).isEqualTo(id);
			assertThat(event.entity()).isEqualTo(entity);
			assertThat(event.title()).isEqualTo("Nettoyage");
			assertThat(event.reason()).isEqualTo("Surfaces corrigées");
			assertThat(event.documents()).singleElement().satisfies(changed -> {
				assertThat(changed.type()).isEqualTo(DocumentChangeType.REPLACED);
				assertThat(changed.previous()).isEqualTo(cctp);
				assertThat(changed.previousFileName()).isEqualTo("CCTP.pdf");
				assertThat(changed.fileName()).isEqualTo("CCTP-B.pdf");
			});
		});
		var details = buyers.find(buyer.account(), id).orElseThrow();
		var old = details.document(cctp).orElseThrow();
		assertThat(old.current()).isFalse();
		try (var stored = buyers.open(buyer.account(), id, cctp).orElseThrow().content()) {
			assertThat(stored.readAllBytes()).as("the first version is kept").isEqualTo("%PDF v1".getBytes(StandardCharsets.UTF_8));
		}
	}
}
