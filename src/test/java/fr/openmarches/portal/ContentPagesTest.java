package fr.openmarches.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page and the content pages, in both languages. */
@IntegrationTest
class ContentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalProperties properties;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OrganisationService organisations;

	@Autowired
	MutableClock clock;

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', textBlock = """
			/aide                 | fr | <h1>Aide</h1>
			/aide                 | en | <h1>Help</h1>
			/accessibilite        | fr | <h1>Déclaration d’accessibilité</h1>
			/accessibilite        | en | <h1>Accessibility statement</h1>
			/mentions-legales     | fr | <h1>Mentions légales</h1>
			/mentions-legales     | en | <h1>Legal notice</h1>
			/donnees-personnelles | fr | <h1>Données personnelles</h1>
			/donnees-personnelles | en | <h1>Personal data</h1>
			""")
	void everyContentPageHasItsTitleInEachLanguage(String path, String language, String heading) throws Exception {
		mvc.perform(get(path).param("lang", language))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"" + language + "\""), containsString(heading))));
	}

	@Test
	void helpGivesTheConfiguredSupportAddress() throws Exception {
		mvc.perform(get("/aide"))
			.andExpect(content().string(allOf(containsString("mailto:" + properties.support().email()),
					containsString("Trouver une consultation"), containsString("Déposer une offre"))));
	}

	@Test
	void theAccessibilityStatementSaysNotCompliant() throws Exception {
		mvc.perform(get("/accessibilite"))
			.andExpect(content().string(allOf(containsString("non conforme"), containsString("RGAA"),
					containsString("Défenseur des droits"))));
	}

	@Test
	void whatTheOperatorDidNotConfigureIsSaidToBeMissing() throws Exception {
		mvc.perform(get("/mentions-legales"))
			.andExpect(content().string(containsString("n’a pas encore renseigné cette information")));
	}

	@Test
	void thePersonalDataPageListsWhatIsKeptAndForHowLong() throws Exception {
		mvc.perform(get("/donnees-personnelles"))
			.andExpect(content().string(allOf(containsString("Registres des retraits, des questions et des dépôts"),
					containsString("Journaux techniques"), containsString("Un an."),
					containsString(properties.dataProtectionEmail()))));
	}

	@Test
	void theHomePageShowsTheLatestOpenConsultations() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité accueil"), "75");
		var title = Fixtures.unique("Fourniture de sel de déneigement");
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, title,
				clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, id);
		var test = Fixtures.unique("Exercice d'accueil");
		var practice = consultations.draft(ConsultationFixtures.newTestConsultation(entity, test,
				clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, practice);

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dernières consultations publiées"), containsString(title),
					not(containsString(test)), containsString("action=\"/consultations\""),
					containsString("name=\"q\""))));
	}

	@Test
	void theHomePageGreetsSomeoneWhoJustSignedOut() throws Exception {
		mvc.perform(get("/").param("deconnexion", ""))
			.andExpect(content().string(containsString("Vous êtes déconnecté.")));
	}
}
