package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.LocalServices;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.sirene.LocalInsee;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the sign-up form shows for each answer of INSEE's Sirene register, asked for real through
 * the local Sirene server: a prefilled form, or the form to fill by hand with the reason why.
 */
@IntegrationTest
class SignUpSireneScreensTest {

	static final String UNAVAILABLE = "Le service est actuellement indisponible. Veuillez vérifier la validité du n° "
			+ "SIRET fourni par l&#39;entreprise, et renouveler cette opération dans quelques minutes. Si le problème "
			+ "persiste, veuillez contacter notre service support.";

	static final String UNAVAILABLE_EN = "The service is currently unavailable. Please check the validity of the SIRET "
			+ "number provided by the company, and try again in a few minutes. If the problem persists, please "
			+ "contact our support service.";

	final LocalInsee insee = LocalServices.insee();

	@LocalServerPort
	int port;

	@Test
	void aKnownSiretPrefillsTheCompanyAndItsHeadOffice() {
		var siret = Fixtures.uniqueSiret();
		insee.knows(CompanyFixtures.headOffice(siret, "ATELIERS DU LITTORAL"));

		var page = new WebVisitor(port).get("/inscription/entreprise?number=" + siret.formatted().replace(" ", "+"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"sirene-found\"")
			.contains("value=\"ATELIERS DU LITTORAL\"")
			.contains("value=\"33.12Z\"")
			.contains("value=\"5710\"")
			.contains("Société par actions simplifiée (SAS)")
			.contains("value=\"12 RUE DU PORT\"")
			.contains("value=\"29200\"")
			.contains("value=\"BREST\"")
			.contains("id=\"sme-yes\" name=\"sme\" value=\"true\" checked=\"checked\"")
			.contains("id=\"headOffice-yes\" name=\"headOffice\" value=\"true\" checked=\"checked\"")
			.contains(siret.formatted())
			.doesNotContain("id=\"sirene-unavailable\"");
	}

	@Test
	void aSirenAloneFindsTheHeadOfficeAndOffersItAsTheEstablishment() {
		var siret = Fixtures.uniqueSiret();
		insee.knows(CompanyFixtures.headOffice(siret, "CHANTIERS NAVALS DU PONANT"));

		var page = new WebVisitor(port).get("/inscription/entreprise?number=" + siret.siren().value());

		assertThat(page.body()).contains("id=\"sirene-found\"")
			.contains("value=\"CHANTIERS NAVALS DU PONANT\"")
			.contains("name=\"siret\" value=\"" + siret.value() + "\"")
			.contains("name=\"headOfficeSiret\" value=\"" + siret.value() + "\"");
	}

	@Test
	void anUnknownNumberSaysSoAndLetsThePersonCheckItOrFillTheFormByHand() {
		var siret = Fixtures.uniqueSiret();

		var page = new WebVisitor(port).get("/inscription/entreprise?number=" + siret.value());

		assertThat(page.body()).contains("id=\"sirene-not-found\"")
			.contains("Le numéro " + siret.formatted() + " est inconnu du répertoire Sirene")
			.contains("href=\"/inscription\"")
			.contains("id=\"name\" name=\"name\" value=\"\"")
			.contains("id=\"affiliation-form\"");
	}

	@Test
	void partialDiffusionPrefillsWhatIsPublicAndSaysTheRegisterWithholdsTheRest() {
		var siret = Fixtures.uniqueSiret();
		insee.knows(new LocalInsee.Establishment(siret.value(), "JEAN DUPONT", "43.22A", "1000", "PME", "3", "RUE",
				"DES LILAS", "75011", "PARIS", true, true));

		var page = new WebVisitor(port).get("/inscription/entreprise?number=" + siret.value());

		assertThat(page.body()).contains("id=\"sirene-found\"")
			.contains("id=\"sirene-partial\"")
			.contains("le répertoire Sirene ne publie pas toutes ses informations")
			.contains("id=\"name\" name=\"name\" value=\"\"")
			.contains("id=\"street\" name=\"street\" value=\"\"")
			.contains("value=\"75011\"")
			.contains("value=\"43.22A\"")
			.contains("Entrepreneur individuel");
	}

	@Test
	void tooManyRequestsGiveTheUnavailableMessageAndTheFormToFillByHand() {
		var siret = Fixtures.uniqueSiret();
		insee.answers(siret.value(), 429);

		assertThatTheFormIsToFillByHand(new WebVisitor(port).get("/inscription/entreprise?number=" + siret.value()));
	}

	@Test
	void aFailingRegisterGivesTheUnavailableMessageAndTheFormToFillByHand() {
		var siret = Fixtures.uniqueSiret();
		insee.answers(siret.value(), 500);

		assertThatTheFormIsToFillByHand(new WebVisitor(port).get("/inscription/entreprise?number=" + siret.value()));
	}

	@Test
	void aSlowRegisterGivesTheUnavailableMessageAfterTheTimeout() {
		var siret = Fixtures.uniqueSiret();
		insee.answersAfter(siret.value(), Duration.ofSeconds(4));
		long start = System.nanoTime();

		var page = new WebVisitor(port).get("/inscription/entreprise?number=" + siret.value());

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
		assertThatTheFormIsToFillByHand(page);
	}

	@Test
	void theUnavailableMessageIsTranslated() {
		var siret = Fixtures.uniqueSiret();
		insee.answers(siret.value(), 503);

		var page = new WebVisitor(port).get("/inscription/entreprise?lang=en&number=" + siret.value());

		assertThat(page.body()).contains(UNAVAILABLE_EN).contains("Company name");
	}

	@Test
	void aMistypedNumberIsExplainedNextToItsFieldAndKept() {
		var visitor = new WebVisitor(port);
		int asked = insee.requests();

		var wrongDigit = visitor.get("/inscription/entreprise?number=732+829+320+00075");
		var tooShort = visitor.get("/inscription/entreprise?number=7328293");
		var letters = visitor.get("/inscription/entreprise?number=73282932O");

		assertThat(wrongDigit.body()).contains("id=\"number-error\"")
			.contains("Ce numéro SIRET n&#39;existe pas")
			.contains("value=\"732 829 320 00075\"")
			.contains("aria-describedby=\"number-hint number-error\"");
		assertThat(tooShort.body()).contains("Le numéro SIREN compte exactement 9 chiffres.");
		assertThat(letters.body()).contains("Le numéro SIREN ne contient que des chiffres.");
		assertThat(insee.requests()).as("the register is not asked about a wrong number").isEqualTo(asked);
	}

	private static void assertThatTheFormIsToFillByHand(WebVisitor.Page page) {
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"sirene-unavailable\"")
			.contains(UNAVAILABLE)
			.contains("Les champs marqués d’un astérisque (*) sont obligatoires.")
			.contains("<span>Raison sociale</span><span aria-hidden=\"true\"> *</span>")
			.contains("id=\"name\" name=\"name\" value=\"\"")
			.contains("id=\"affiliation-form\"");
	}
}
