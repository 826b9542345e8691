package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The consultation pages as HTML: filters, what is listed where, and the friendly 404. */
@IntegrationTest
class ConsultationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OrganisationService organisations;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	PurchasingEntityId entity;

	String marker;

	ConsultationId open;

	ConsultationId closingSoon;

	ConsultationId draft;

	ConsultationId training;

	@BeforeEach
	void consultationsOfANewEntity() throws Exception {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité pages"), "75");
		marker = Fixtures.unique("Jardinage").replace(" ", "");
		var later = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
		open = consultations.draft(ConsultationFixtures.withLots(
				ConsultationFixtures.newConsultation(entity, "Entretien " + marker, later),
				new NewLot("Espaces verts du site " + marker, null, null)));
		consultations.attach(open, DocumentKind.PIECE, ConsultationFixtures
			.file("Cahier des clauses techniques particulières", "CCTP.pdf", new byte[48_200]));
		ConsultationFixtures.publish(consultations, open);
		closingSoon = consultations.draft(ConsultationFixtures.newConsultation(entity, "Tonte " + marker,
				clock.instant().plus(Duration.ofHours(50))));
		ConsultationFixtures.publish(consultations, closingSoon);
		draft = consultations.draft(ConsultationFixtures.newConsultation(entity, "Élagage " + marker, later));
		training = consultations.draft(ConsultationFixtures.newTestConsultation(entity, "Exercice " + marker, later));
		ConsultationFixtures.publish(consultations, training);
	}

	@Test
	void theListShowsThePublishedConsultationsOfTheSearch() throws Exception {
		mvc.perform(get("/consultations").param("q", marker))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2 consultations"), containsString("Entretien " + marker),
					containsString("Tonte " + marker), not(containsString("Élagage " + marker)),
					not(containsString("Exercice " + marker)))));
	}

	@Test
	void aDeadlineCloseAtHandIsFlagged() throws Exception {
		mvc.perform(get("/consultations").param("q", marker))
			.andExpect(content().string(allOf(containsString("clôture dans 2 jours"),
					containsString("clôture dans 19 jours"))));
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		mvc.perform(get("/consultations").param("q", marker).param("category", "WORKS"))
			.andExpect(content().string(containsString("Aucune consultation")));
		mvc.perform(get("/consultations").param("entity", entity.toString()).param("state", "ALL"))
			.andExpect(content().string(allOf(containsString("2 consultations"), containsString("Réinitialiser"))));
	}

	@Test
	void anApproachingSearchFindsTheSingularOfAPluralAndAnExactOneDoesNot() throws Exception {
		var mower = consultations.draft(ConsultationFixtures.newConsultation(entity, "Tondeuse autoportée " + marker,
				clock.instant().plus(Duration.ofDays(12))));
		ConsultationFixtures.publish(consultations, mower);

		mvc.perform(get("/consultations").param("q", "tondeuses " + marker))
			.andExpect(content().string(allOf(containsString("1 consultation"),
					containsString("Tondeuse autoportée " + marker), not(containsString("Tonte " + marker)))));
		mvc.perform(get("/consultations").param("q", "tondeuses " + marker).param("mode", "EXACT"))
			.andExpect(content().string(allOf(containsString("Aucune consultation"),
					containsString("id=\"mode-EXACT\" value=\"EXACT\" aria-describedby=\"mode-EXACT-hint\" checked"))));
	}

	@Test
	void eachFilterOptionSaysHowManyItFindsAndKeepsItsCountOnceAnotherIsChosen() throws Exception {
		mvc.perform(get("/consultations").param("q", marker))
			.andExpect(content().string(allOf(containsString(">Services (2)</option>"),
					containsString(">Travaux (0)</option>"), containsString(">75 — Paris (2)</option>"),
					containsString(">En cours (2)</option>"))));
		// the state's own count leaves the chosen state out: the cancelled one shows under « Sans suite »
		consultations.cancel(closingSoon, "Besoin couvert");
		mvc.perform(get("/consultations").param("q", marker).param("category", "WORKS"))
			.andExpect(content().string(allOf(containsString("Aucune consultation"),
					containsString(">Services (1)</option>"), containsString(">Sans suite (0)</option>"))));
		mvc.perform(get("/consultations").param("q", marker))
			.andExpect(content().string(allOf(containsString(">En cours (1)</option>"),
					containsString(">Sans suite (1)</option>"), containsString(">Tous les états (2)</option>"))));
	}

	@Test
	void aCpvCodeFiltersWithItsParentsAndAWrongOneIsExplained() throws Exception {
		mvc.perform(get("/consultations").param("q", marker).param("cpv", "79000000"))
			.andExpect(content().string(containsString("2 consultations")));
		mvc.perform(get("/consultations").param("q", marker).param("cpv", "79710000 — Services de sécurité"))
			.andExpect(content().string(containsString("2 consultations")));
		mvc.perform(get("/consultations").param("q", marker).param("cpv", "45000000"))
			.andExpect(content().string(containsString("Aucune consultation")));
		mvc.perform(get("/consultations").param("q", marker).param("cpv", "7971"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"cpv-error\""),
					containsString("Code CPV inconnu : saisissez 8 chiffres"), containsString("2 consultations"))));
		mvc.perform(get("/consultations").param("q", marker).param("cpv", "7971").param("lang", "en"))
			.andExpect(content().string(containsString("Unknown CPV code")));
	}

	@Test
	void deadlinesNarrowTheListAndAnInvertedRangeIsExplained() throws Exception {
		var today = java.time.LocalDate.ofInstant(clock.instant(), fr.openmarches.platform.LegalTime.ZONE);
		mvc.perform(get("/consultations").param("q", marker).param("deadlineFrom", today.plusDays(10).toString()))
			.andExpect(content().string(allOf(containsString("1 consultation"), containsString("Entretien " + marker))));
		mvc.perform(get("/consultations").param("q", marker)
			.param("deadlineFrom", today.plusDays(10).toString())
			.param("deadlineTo", today.plusDays(5).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"deadlineTo-error\""),
					containsString("La date de fin doit être égale ou postérieure à la date de début."))));
		mvc.perform(get("/consultations").param("deadlineFrom", "demain").param("category", "NOTHING"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"deadlineFrom-error\""),
					containsString("id=\"category-error\""), containsString("id=\"filter-errors\""))));
	}

	@Test
	void theSearchCanBeSavedAsAnAlert() throws Exception {
		mvc.perform(get("/consultations").param("q", marker).param("category", "SERVICES").param("page", "2"))
			.andExpect(content().string(containsString(
					"href=\"/mon-espace/alertes/nouvelle?q=" + marker + "&amp;category=SERVICES\"")));
	}

	@Test
	void aConsultationPageShowsItsLotsAndDocuments() throws Exception {
		mvc.perform(get("/consultations/{id}", open))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Entretien " + marker + "</h1>"),
					containsString("Espaces verts du site " + marker), containsString("CCTP.pdf"),
					containsString("48 ko"), containsString("heure de Paris"), containsString("79710000"),
					containsString("Services de sécurité"), not(containsString("79710000-4")),
					containsString("href=\"/consultations/" + open + "/telechargement\""),
					containsString("href=\"/consultations/" + open + "/questions\""), containsString("Questions et réponses"))));
	}

	@Test
	void inEnglishTheSamePageSpeaksEnglish() throws Exception {
		mvc.perform(get("/consultations/{id}", open).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Tender documents"),
					containsString("48 kB"), containsString("Paris time"))));
	}

	@Test
	void draftsAndUnknownIdsAreAFriendlyNotFound() throws Exception {
		for (var path : new String[] { "/consultations/" + draft, "/consultations/" + ConsultationId.random(),
				"/consultations/not-an-id" }) {
			// the error page is rendered by the servlet container: ask the running server
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.build();
			var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("<h1>Page non trouvée</h1>");
		}
	}

	@Test
	void testConsultationsAreListedForPractice() throws Exception {
		mvc.perform(get("/s-entrainer"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Exercice " + marker), not(containsString("Entretien " + marker)))));
		mvc.perform(get("/consultations/{id}", training))
			.andExpect(content().string(containsString("Consultation de test")));
	}
}
