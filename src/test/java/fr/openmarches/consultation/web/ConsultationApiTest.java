package fr.openmarches.consultation.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.NewLot;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The consultation API over HTTP: search, read, and problem details for what is not public. */
@IntegrationTest
class ConsultationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OrganisationService organisations;

	@Autowired
	MutableClock clock;

	PurchasingEntityId entity;

	ConsultationId open;

	ConsultationId cancelled;

	ConsultationId draft;

	Instant deadline;

	int year;

	@BeforeEach
	void consultationsOfANewEntity() throws Exception {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité API"), "75");
		// 4 December, noon in Paris, of next year: a winter deadline, one hour ahead of UTC
		year = clock.instant().atZone(ZoneOffset.UTC).getYear() + 1;
		deadline = Instant.parse(year + "-12-04T11:00:00Z");
		open = consultations.draft(ConsultationFixtures.withLots(
				ConsultationFixtures.newConsultation(entity, "Surveillance des sites", deadline),
				new NewLot("Site nord", "79711000", null)));
		consultations.attach(open, DocumentKind.NOTICE, ConsultationFixtures.file("Avis", "avis.pdf", new byte[2048]));
		consultations.addPieceOnPaper(open, "Plans", "À l'accueil du site");
		ConsultationFixtures.publish(consultations, open);
		cancelled = consultations.draft(ConsultationFixtures.newConsultation(entity, "Surveillance annulée",
				clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS)));
		ConsultationFixtures.publish(consultations, cancelled);
		consultations.cancel(cancelled, "Besoin couvert par ailleurs");
		draft = consultations.draft(ConsultationFixtures.newConsultation(entity, "Surveillance en préparation", deadline));
	}

	@Test
	void searchesByEntityInEveryPublicStateByDefault() throws Exception {
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items[*].title", containsInAnyOrder("Surveillance des sites", "Surveillance annulée")));
	}

	@Test
	void filtersByStateAndPages() throws Exception {
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()).param("state", "PUBLISHED"))
			.andExpect(jsonPath("$.items[*].title", contains("Surveillance des sites")))
			.andExpect(jsonPath("$.items[0].depositDeadline").value(year + "-12-04T12:00:00+01:00"))
			.andExpect(jsonPath("$.items[0].purchasingEntity.id").value(entity.toString()))
			.andExpect(jsonPath("$.items[0].url", endsWith("/consultations/" + open)));
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString())
			.param("size", "1")
			.param("page", "2")
			.param("sort", "DEADLINE"))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].title").value("Surveillance des sites"))
			.andExpect(jsonPath("$.totalPages").value(2));
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()).param("state", "DRAFT"))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aCpvCodeFindsTheConsultationsWithItOrACodeBelowIt() throws Exception {
		for (var code : new String[] { "79000000", "79700000", "79710000", "79710000-4" }) {
			mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()).param("cpv", code))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].title", containsInAnyOrder("Surveillance des sites", "Surveillance annulée")));
		}
		for (var code : new String[] { "45000000" }) {
			mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()).param("cpv", code))
				.andExpect(jsonPath("$.totalItems").value(0));
		}
	}

	@Test
	void keywordsAreMatchedApproachingByDefaultOrExactly() throws Exception {
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()).param("q", "site"))
			.andExpect(jsonPath("$.items[*].title", contains("Surveillance des sites")));
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()).param("q", "site").param("mode", "EXACT"))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void theResultsComeWithTheirFacetCounts() throws Exception {
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString()))
			.andExpect(jsonPath("$.facets.categories.SERVICES").value(2))
			.andExpect(jsonPath("$.facets.procedures.MAPA").value(2))
			.andExpect(jsonPath("$.facets.departments['75']").value(2))
			.andExpect(jsonPath("$.facets.states.PUBLISHED").value(1))
			.andExpect(jsonPath("$.facets.states.CANCELLED").value(1))
			.andExpect(jsonPath("$.facets.entities[0].id").value(entity.toString()))
			.andExpect(jsonPath("$.facets.entities[0].count").value(2))
			.andExpect(jsonPath("$.facets.organisations[0].count").value(2));
	}

	@Test
	void aDeadlineRangeNarrowsTheSearch() throws Exception {
		mvc.perform(get("/api/v1/consultations").param("entity", entity.toString())
			.param("deadlineFrom", year + "-12-04")
			.param("deadlineTo", year + "-12-04"))
			.andExpect(jsonPath("$.items[*].title", contains("Surveillance des sites")));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			category     | FOOD       | Parameter 'category' has an invalid value. Expected one of: WORKS, SUPPLIES, SERVICES.
			state        | OPEN       | Parameter 'state' has an invalid value. Expected one of:
			mode         | FUZZY      | Parameter 'mode' has an invalid value. Expected one of: EXACT, APPROACHING.
			cpv          | 7971       | Parameter 'cpv': '7971' is not a code of the CPV vocabulary: expected 8 digits, e.g. 45000000.
			cpv          | 12345678   | Parameter 'cpv': '12345678' is not a code of the CPV vocabulary
			department   | 99         | Parameter 'department': '99' is not a French department code
			deadlineFrom | 04/12/2026 | Parameter 'deadlineFrom' has an invalid value. Expected a date as YYYY-MM-DD.
			organisation | DGA        | Parameter 'organisation' has an invalid value. Expected a UUID.
			""")
	void aBadParameterIsAProblemBadRequest(String name, String value, String detail) throws Exception {
		mvc.perform(get("/api/v1/consultations").param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid parameter"))
			.andExpect(jsonPath("$.detail", startsWith(detail)));
	}

	@Test
	void aDeadlineRangeEndingBeforeItStartsIsAProblemBadRequest() throws Exception {
		mvc.perform(get("/api/v1/consultations").param("deadlineFrom", "2026-12-05").param("deadlineTo", "2026-12-04"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(
					"Parameter 'deadlineTo': deadlineTo (2026-12-04) is before deadlineFrom (2026-12-05)."));
	}

	@Test
	void readsAConsultationWithItsLotsAndDocuments() throws Exception {
		mvc.perform(get("/api/v1/consultations/{id}", open))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").isNotEmpty())
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.depositDeadline").value(endsWith("T12:00:00+01:00")))
			.andExpect(jsonPath("$.lots[0].number").value(1))
			.andExpect(jsonPath("$.lots[0].title").value("Site nord"))
			.andExpect(jsonPath("$.lots[0].cpv.code").value("79711000"))
			.andExpect(jsonPath("$.lots[0].cpv.label").value("Services de surveillance d'installations d'alarme"))
			.andExpect(jsonPath("$.mainCpv.code").value("79710000"))
			.andExpect(jsonPath("$.mainCpv.label").value("Services de sécurité"))
			.andExpect(jsonPath("$.changes", hasSize(0)))
			.andExpect(jsonPath("$.documents[0].kind").value("NOTICE"))
			.andExpect(jsonPath("$.documents[0].size").value(2048))
			.andExpect(jsonPath("$.documents[0].sha256").value(
					"e5a00aa9991ac8a5ee3109844d84a55583bd20572ad3ffcd42792f3c36b183ad"))
			.andExpect(jsonPath("$.documents[1].dematerialised").value(false))
			.andExpect(jsonPath("$.documents[1].howToObtain").value("À l'accueil du site"))
			.andExpect(jsonPath("$.documents[2].kind").value("RULES"));
		mvc.perform(get("/api/v1/consultations/{id}", open).param("lang", "en"))
			.andExpect(jsonPath("$.mainCpv.label").value("Security services"));
		mvc.perform(get("/api/v1/consultations/{id}", cancelled))
			.andExpect(jsonPath("$.state").value("CANCELLED"))
			.andExpect(jsonPath("$.cancellationReason").value("Besoin couvert par ailleurs"));
	}

	@Test
	void aDraftOrUnknownConsultationIsAProblemNotFound() throws Exception {
		for (var id : new Object[] { draft, ConsultationId.random() }) {
			mvc.perform(get("/api/v1/consultations/{id}", id))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.title").value("Not found"))
				.andExpect(jsonPath("$.detail").value("No public consultation has id " + id + "."))
				.andExpect(jsonPath("$.instance").value("/api/v1/consultations/" + id));
		}
	}

	@Test
	void aMalformedIdIsAProblemBadRequest() throws Exception {
		mvc.perform(get("/api/v1/consultations/not-an-id"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Parameter 'id' has an invalid value. Expected a UUID."));
	}
}
