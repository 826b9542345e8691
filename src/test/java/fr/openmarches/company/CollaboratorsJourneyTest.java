package fr.openmarches.company;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.LocalServices;
import fr.openmarches.company.sirene.LocalInsee;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A company's administrator and its collaborators: joining, promotion, locking. */
class CollaboratorsJourneyTest extends BrowserTest {

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@Autowired
	DevelopmentMailbox mailbox;

	@Test
	void aSecondPersonJoinsTheCompanyItsAdministratorIsToldByMailAndPromotesThem() {
		// Inès registered her company earlier; its second establishment is in Nantes.
		var ines = CompanyFixtures.person(accounts, "Inès");
		var name = Fixtures.unique("Chaudronnerie de l’Erdre");
		var companyId = CompanyFixtures.company(companies, ines, name);
		var siren = companies.find(companyId).orElseThrow().siren();
		var nantes = CompanyFixtures.siret(siren, "0002");
		LocalServices.insee().knows(new LocalInsee.Establishment(nantes.value(), name.toUpperCase(), "25.29Z", "5710",
				"PME", "8", "QUA", "DE VERSAILLES", "44000", "NANTES", false, false));

		// Marc signs up with the SIRET of his establishment: the company exists, he joins it.
		var marc = newVisitor();
		var marcEmail = Fixtures.unique("marc").replace(" ", ".") + "@erdre.example";
		marc.navigate("/inscription");
		marc.getByLabel("Numéro SIRET ou SIREN").fill(nantes.value());
		marc.locator("#france-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continuer")).click();
		assertThat(marc.locator("#company-registered")).containsText("est déjà inscrite sur OpenMarchés");
		assertThat(marc.locator("#establishmentStreet")).hasValue("8 QUAI DE VERSAILLES");
		assertThat(marc.locator("#headOffice-no")).isChecked();
		marc.locator("#familyName").fill("Durand");
		marc.getByLabel("Prénom").fill("Marc");
		marc.locator("#email").fill(marcEmail);
		marc.getByLabel("Téléphone").fill("02 40 00 00 02");
		marc.locator("#password").fill(CompanyFixtures.PASSWORD);
		marc.locator("#confirmation").fill(CompanyFixtures.PASSWORD);
		marc.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();
		assertThat(marc.locator("h1")).hasText(name);
		assertThat(marc.locator("#my-role")).hasText("Membre");

		// Inès receives a mail about him, with the way to her collaborators.
		await().atMost(Duration.ofSeconds(15)).until(() -> !mailbox.receivedBy(ines.email()).isEmpty());
		var mail = mailbox.receivedBy(ines.email()).getFirst();
		assertThat(mail.subject()).isEqualTo("Marc Durand a rejoint " + name + " sur OpenMarchés");
		assertThat(mail.text()).contains(marcEmail).contains(nantes.formatted());
		var collaborators = URI.create(mail.links().stream().filter(l -> l.contains("/entreprise/collaborateurs"))
			.findFirst().orElseThrow()).getPath();

		// She signs in, follows the link and makes him an administrator.
		signIn(page, ines.email());
		page.navigate(collaborators);
		var marcId = accounts.findByEmail(marcEmail).orElseThrow().id();
		var row = page.locator("#collaborator-" + marcId);
		assertThat(row).containsText("Marc Durand");
		assertThat(row).containsText("Membre");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nommer administrateur")).click();

		assertThat(page.locator(".fr-alert--success")).containsText("Marc Durand est maintenant administrateur");
		assertThat(page.locator("#collaborator-" + marcId)).containsText("Administrateur");
		assertThat(companies.find(companyId).orElseThrow().roleOf(marcId)).contains(CompanyRole.ADMINISTRATOR);
		assertThat(companies.find(companyId).orElseThrow().establishments()).extracting(CompanyView.EstablishmentView::siret)
			.contains(nantes);
	}

	@Test
	void theAdministratorLocksAMemberWhoCannotSignInAndIsToldWhy() {
		var ines = CompanyFixtures.person(accounts, "Inès");
		var lucas = CompanyFixtures.person(accounts, "Lucas");
		var companyId = CompanyFixtures.company(companies, ines, Fixtures.unique("Serrurerie Lebrun"));
		companies.join(companyId, lucas.id());

		// Inès locks Lucas's account, saying why.
		signIn(page, ines.email());
		page.navigate("/entreprise/collaborateurs");
		page.locator("#collaborator-" + lucas.id())
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Verrouiller"))
			.click();
		page.getByLabel("Raison du verrouillage").fill("départ de l’entreprise le 30 novembre");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verrouiller le compte")).click();
		assertThat(page.locator(".fr-alert--success")).containsText("Le compte de " + lucas.displayName() + " est verrouillé");
		assertThat(page.locator("#collaborator-" + lucas.id())).containsText("Verrouillé");

		// Lucas cannot sign in any more, and the page tells him why.
		var lucasPage = newVisitor();
		signIn(lucasPage, lucas.email());
		assertThat(lucasPage.locator("#sign-in-problem"))
			.containsText("Votre compte est verrouillé : départ de l’entreprise le 30 novembre.");
		assertThat(lucasPage.locator("header")).containsText("Se connecter");
		assertThat(accounts.find(lucas.id()).orElseThrow().locked()).isTrue();
	}

	private static void signIn(Page page, String email) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(email);
		page.locator("#password").fill(CompanyFixtures.PASSWORD);
		page.locator("#sign-in-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
	}
}
