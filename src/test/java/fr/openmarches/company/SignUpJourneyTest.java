package fr.openmarches.company;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.LocalServices;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A company signs up: with its SIRET, the Sirene register fills the form; without it, the person does. */
class SignUpJourneyTest extends BrowserTest {

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@Test
	void aCompanySignsUpWithItsSiretFindsItsFormPrefilledAndLandsInItsSpace() {
		var siret = Fixtures.uniqueSiret();
		var name = "ATELIERS DU LITTORAL " + siret.nic();
		var email = Fixtures.unique("yann").replace(" ", ".") + "@littoral.example";
		LocalServices.insee().knows(CompanyFixtures.headOffice(siret, name));

		// From the sign-in page, the person follows the way to sign up and gives their SIRET.
		page.navigate("/connexion");
		page.getByText("Inscrire mon entreprise ou la rejoindre").click();
		page.getByLabel("Numéro SIRET ou SIREN").fill(siret.formatted());
		page.locator("#france-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continuer")).click();

		// The register filled in the company.
		assertThat(page.locator("#sirene-found")).containsText("Nous avons trouvé votre entreprise");
		assertThat(page.getByLabel("Raison sociale")).hasValue(name);
		assertThat(page.getByLabel("Code APE / NAF")).hasValue("33.12Z");
		assertThat(page.locator("#legalForm")).hasValue("5710");
		assertThat(page.locator("#legalForm-label")).hasText("Société par actions simplifiée (SAS)");
		assertThat(page.locator("#street")).hasValue("12 RUE DU PORT");
		assertThat(page.locator("#postcode")).hasValue("29200");
		assertThat(page.locator("#city")).hasValue("BREST");
		assertThat(page.locator("#sme-yes")).isChecked();
		assertThat(page.locator("#establishment")).containsText(siret.formatted());
		assertThat(page.locator("#headOffice-yes")).isChecked();

		// They give their own details and create the account.
		page.locator("#familyName").fill("Le Gall");
		page.getByLabel("Prénom").fill("Yann");
		page.locator("#email").fill(email);
		page.getByLabel("Téléphone").fill("02 98 00 00 01");
		page.locator("#password").fill(CompanyFixtures.PASSWORD);
		page.locator("#confirmation").fill(CompanyFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();

		// They are signed in, in their company's space, as its administrator.
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/entreprise$"));
		assertThat(page.locator(".fr-alert--success")).containsText("vous en êtes l’administrateur");
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("#my-role")).hasText("Administrateur");
		assertThat(page.locator("header")).containsText("Yann Le Gall");

		var company = companies.findBySiren(siret.siren()).orElseThrow();
		var account = accounts.findByEmail(email).orElseThrow();
		assertThat(company.roleOf(account.id())).contains(CompanyRole.ADMINISTRATOR);
		assertThat(company.headOffice()).map(CompanyView.EstablishmentView::siret).contains(siret);
		assertThat(company.member(account.id()).orElseThrow().establishment()).isEqualTo(siret);
		assertThat(account.roles()).contains(Role.SUPPLIER_ADMIN, Role.SUPPLIER_MEMBER);
	}

	@Test
	void whileInseeIsDownThePersonFillsTheFormByHandAndLosesNothingOnAMistake() {
		var siret = Fixtures.uniqueSiret();
		var name = Fixtures.unique("Menuiserie Martin");
		var email = Fixtures.unique("paul").replace(" ", ".") + "@menuiserie.example";
		LocalServices.insee().answers(siret.value(), 500);

		page.navigate("/inscription");
		page.getByLabel("Numéro SIRET ou SIREN").fill(siret.value());
		page.locator("#france-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continuer")).click();

		// The register cannot be asked: the page says so and the person fills the company by hand.
		assertThat(page.locator("#sirene-unavailable")).containsText("Le service est actuellement indisponible. "
				+ "Veuillez vérifier la validité du n° SIRET fourni par l'entreprise, et renouveler cette opération "
				+ "dans quelques minutes. Si le problème persiste, veuillez contacter notre service support.");
		assertThat(page.getByLabel("Raison sociale")).hasValue("");
		page.locator("#legalForm").fill("SARL");
		page.getByLabel("Code APE / NAF").fill("1623z");
		page.locator("label[for=sme-yes]").click();
		page.locator("#street").fill("4 rue du Bois");
		page.locator("#postcode").fill("44000");
		page.locator("#city").fill("Nantes");
		page.locator("label[for=headOffice-yes]").click();
		page.locator("#familyName").fill("Martin");
		page.getByLabel("Prénom").fill("Paul");
		page.locator("#email").fill(email);
		page.getByLabel("Téléphone").fill("02 40 00 00 01");
		page.locator("#password").fill(CompanyFixtures.PASSWORD);
		page.locator("#confirmation").fill(CompanyFixtures.PASSWORD);

		// The name was forgotten: the form says so next to the field and keeps everything else.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();
		assertThat(page.locator("#name-error")).hasText("Ce champ est obligatoire.");
		assertThat(page.locator("#sirene-unavailable")).isVisible();
		assertThat(page.locator("#legalForm")).hasValue("SARL");
		assertThat(page.locator("#city")).hasValue("Nantes");
		assertThat(page.locator("#email")).hasValue(email);
		assertThat(page.locator("#sme-yes")).isChecked();

		page.getByLabel("Raison sociale").fill(name);
		page.locator("#password").fill(CompanyFixtures.PASSWORD);
		page.locator("#confirmation").fill(CompanyFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();

		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("header")).containsText("Paul Martin");
		var company = companies.findBySiren(siret.siren()).orElseThrow();
		assertThat(company.legalForm()).isEqualTo("5499");
		assertThat(company.activityCode()).isEqualTo("16.23Z");
		assertThat(company.sme()).isTrue();
		assertThat(company.headOffice().orElseThrow().address().city()).isEqualTo("Nantes");
	}
}
