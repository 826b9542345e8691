package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.consultation.FinderQuery.Mode;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.NewPortal;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.LegalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search on French text, as PLACE describes it: every query here is limited to this test's own
 * purchasing entity, whose consultations are:
 * <ul>
 * <li>A « Fourniture de véhicules électriques » (supplies, 35, CPV 34144900, deadline in 20 days)</li>
 * <li>B « Travaux de voirie » — object mentions « l'électricité » (works, 29, CPV 45233140 « Travaux
 * routiers », deadline in 40 days)</li>
 * <li>C « Maintenance d'un véhicule de secours » (services, 35, CPV 50110000, deadline in 10 days)</li>
 * <li>a test consultation and a draft, both about « véhicules », never found.</li>
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationFinderTest {

	@Autowired
	ConsultationFinder finder;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OrganisationService organisations;

	@Autowired
	EntityDirectory directory;

	@Autowired
	PortalService portals;

	@Autowired
	MutableClock clock;

	PurchasingEntityId entity;

	Map<String, String> references;

	@BeforeAll
	void consultationsOfOneEntity() {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité de la recherche"), "35");
		var a = publish("A", "Fourniture de véhicules électriques",
				"Achat de véhicules utilitaires pour les services techniques.", Category.SUPPLIES, "34144900", "35", 20, false);
		var b = publish("B", "Travaux de voirie", "Réfection de l’électricité des bâtiments et des chaussées.",
				Category.WORKS, "45233140", "29", 40, false);
		var c = publish("C", "Maintenance d’un véhicule de secours", "Entretien courant et réparations.",
				Category.SERVICES, "50110000", "35", 10, false);
		publish("T", "Véhicules de test", "Consultation pour s’entraîner.", Category.SUPPLIES, "34144900", "35", 15, true);
		consultations.draft(consultation(Fixtures.unique("RECH-D").replace(' ', '-'), "Véhicules en brouillon", "Brouillon.", Category.SUPPLIES, "34144900",
				"35", 15, false));
		references = Map.of(a, "A", b, "B", c, "C");
	}

	@ParameterizedTest(name = "{0} « {1} » → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			APPROACHING | véhicule              | A C
			EXACT       | véhicule              | C
			EXACT       | véhicules             | A
			APPROACHING | vehicules             | A C
			EXACT       | vehicules             | ''
			APPROACHING | VÉHICULES             | A C
			APPROACHING | electricite           | B
			EXACT       | électricité           | B
			EXACT       | electricite           | ''
			APPROACHING | véhicules utilitaires | A
			APPROACHING | véhicules voirie      | ''
			APPROACHING | routiers              | B
			EXACT       | routiers              | ''
			APPROACHING | réparations entretien | C
			""")
	void keywords(Mode mode, String keywords, String expected) {
		assertThat(found(new FinderQuery(keywords, mode, null, entity, null, null, null, null, null, null, Set.of(), null)))
			.isEqualTo(expected);
	}

	@Test
	void aReferenceIsFoundByItsWords() {
		var referenceOfB = references.entrySet().stream().filter(e -> e.getValue().equals("B")).findFirst().orElseThrow().getKey();
		assertThat(found(new FinderQuery(referenceOfB, Mode.APPROACHING, null, entity, null, null, null, null, null, null,
				Set.of(), null))).isEqualTo("B");
	}

	@ParameterizedTest(name = "CPV {0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			45000000   | B
			45233000   | B
			45233140-2 | B
			34000000   | A
			50000000   | C
			72000000   | ''
			""")
	void aCpvCodeFindsTheConsultationsWithItOrACodeBelowIt(String cpv, String expected) {
		assertThat(found(new FinderQuery(null, null, null, entity, null, null, cpv, null, null, null, Set.of(), null)))
			.isEqualTo(expected);
	}

	@Test
	void filtersCombine() {
		assertThat(found(query().department("35").build())).isEqualTo("A C");
		assertThat(found(query().department("35").category(Category.SERVICES).build())).isEqualTo("C");
		var today = LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
		assertThat(found(query().deadlines(today.plusDays(15), today.plusDays(30)).build())).isEqualTo("A");
		assertThat(found(query().deadlines(null, today.plusDays(25)).build())).isEqualTo("A C");
		var organisation = directory.find(entity).orElseThrow().organisation().id();
		assertThat(found(new FinderQuery(null, null, organisation, null, null, null, null, null, null, null, Set.of(), null)))
			.isEqualTo("A B C");
	}

	@Test
	void aPortalShowsTheConsultationsOfItsOrganisationsOnly() {
		var organisation = directory.find(entity).orElseThrow().organisation().id();
		var other = organisations.create(new NewOrganisation(Fixtures.unique("Autre agence"), null, OrganisationKind.AGENCY));
		var ours = Fixtures.uniqueWord("portail-");
		var theirs = Fixtures.uniqueWord("autre-");
		portals.save(new NewPortal(ours, Fixtures.unique("Portail de la recherche"), null, Set.of(organisation, other)));
		portals.save(new NewPortal(theirs, Fixtures.unique("Portail d’ailleurs"), null, Set.of(other)));
		var everywhere = new FinderQuery(null, null, null, null, null, null, null, null, null, null, Set.of(), null);

		assertThat(found(everywhere.onPortal(ours))).isEqualTo("A B C");
		assertThat(found(everywhere.onPortal(theirs))).isEmpty();
		assertThat(found(query().build().onPortal(ours))).as("with the other filters").isEqualTo("A B C");
		assertThat(found(query().category(Category.WORKS).build().onPortal(ours))).isEqualTo("B");
		assertThat(found(everywhere.onPortal("nul-part"))).as("an unknown portal shows nothing").isEmpty();

		portals.save(new NewPortal(theirs, Fixtures.unique("Portail d’ailleurs"), null, Set.of(other, organisation)));
		assertThat(found(everywhere.onPortal(theirs))).as("membership changes apply at once").isEqualTo("A B C");
	}

	@Test
	void facetsCountWhatWasFoundByValue() {
		var results = finder.find(query().build(), 0, 10);

		assertThat(results.page().getTotalElements()).isEqualTo(3);
		assertThat(results.categories()).containsExactlyInAnyOrderEntriesOf(
				Map.of(Category.SUPPLIES, 1L, Category.WORKS, 1L, Category.SERVICES, 1L));
		assertThat(results.departments()).containsExactly(Map.entry("35", 2L), Map.entry("29", 1L));
		assertThat(results.states()).containsExactly(Map.entry(ConsultationState.PUBLISHED, 3L));
		assertThat(results.entities()).hasSize(1).containsValue(3L);
		assertThat(results.organisations()).hasSize(1).containsValue(3L);

		var vehicles = finder.find(new FinderQuery("véhicule", Mode.APPROACHING, null, entity, null, null, null, null, null,
				null, Set.of(), null), 0, 10);
		assertThat(vehicles.categories()).containsExactlyInAnyOrderEntriesOf(Map.of(Category.SUPPLIES, 1L, Category.SERVICES, 1L));
	}

	@Test
	void sortsByDeadlineOrPublicationAndPages() {
		assertThat(found(query().build())).isEqualTo("A B C");
		assertThat(ordered(query().order(FinderQuery.Order.DEADLINE).build())).isEqualTo("C A B");
		assertThat(ordered(query().order(FinderQuery.Order.PUBLICATION).build())).isEqualTo("C B A");

		var firstPage = finder.find(query().order(FinderQuery.Order.DEADLINE).build(), 0, 2);
		var secondPage = finder.find(query().order(FinderQuery.Order.DEADLINE).build(), 1, 2);
		assertThat(firstPage.page().getTotalElements()).isEqualTo(3);
		assertThat(firstPage.page().getTotalPages()).isEqualTo(2);
		assertThat(secondPage.page().getContent()).hasSize(1);
	}

	private String found(FinderQuery query) {
		return finder.find(query, 0, 50)
			.page()
			.stream()
			.map(summary -> references.getOrDefault(summary.reference(), "?" + summary.reference()))
			.sorted()
			.collect(Collectors.joining(" "));
	}

	private String ordered(FinderQuery query) {
		return finder.find(query, 0, 50)
			.page()
			.stream()
			.map(summary -> references.get(summary.reference()))
			.collect(Collectors.joining(" "));
	}

	private String publish(String letter, String title, String object, Category category, String cpv, String department,
			int days, boolean test) {
		var reference = Fixtures.unique("RECH-" + letter).replace(' ', '-');
		var id = consultations.draft(consultation(reference, title, object, category, cpv, department, days, test));
		ConsultationFixtures.publish(consultations, id);
		clock.advance(Duration.ofSeconds(1));
		return reference;
	}

	private NewConsultation consultation(String reference, String title, String object, Category category, String cpv,
			String department, int days, boolean test) {
		return new NewConsultation(entity, reference, title, object, ProcedureType.OPEN_TENDER, category, cpv, List.of(),
				List.of(), department, new BigDecimal("100000"), null, clock.instant().plus(Duration.ofDays(days)), false,
				Set.of(Envelope.APPLICATION, Envelope.OFFER), false, false, false, test);
	}

	private Query query() {
		return new Query();
	}

	/** Builds queries limited to this test's entity. */
	private final class Query {

		private String department;

		private Category category;

		private LocalDate from;

		private LocalDate to;

		private FinderQuery.Order order;

		Query department(String code) {
			this.department = code;
			return this;
		}

		Query category(Category value) {
			this.category = value;
			return this;
		}

		Query deadlines(LocalDate first, LocalDate last) {
			this.from = first;
			this.to = last;
			return this;
		}

		Query order(FinderQuery.Order value) {
			this.order = value;
			return this;
		}

		FinderQuery build() {
			return new FinderQuery(null, null, null, entity, category, null, null, department, from, to, Set.of(), order);
		}
	}
}
