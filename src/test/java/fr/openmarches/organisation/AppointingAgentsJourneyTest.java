package fr.openmarches.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.notification.DevelopmentMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform sets up a new buyer, who then builds their team: a platform administrator creates
 * an organisation and a purchasing entity and invites its administrator; she joins through the
 * mailed link and invites a buyer, who joins the same way; she deactivates him (he can no longer
 * sign in, and is told why) and reactivates him.
 */
class AppointingAgentsJourneyTest extends BrowserTest {

	static final String PASSWORD = "une phrase de passe solide";

	@Autowired
	AccountService accounts;

	@Autowired
	DevelopmentMailbox mailbox;

	@Test
	void aPlatformAdministratorSetsUpAnEntityWhoseAdministratorBuildsHerTeam() {
		var platformAdmin = Staff.email("helene");
		accounts.open(new NewAccount(platformAdmin, PASSWORD, "Hélène", "Garnier", null, Set.of(Role.PLATFORM_ADMIN)));
		var agency = Fixtures.unique("Agence de l’innovation de défense");
		var entityName = Fixtures.unique("Unité achats innovation");
		var administrator = Staff.email("ines.caron");
		var buyer = Staff.email("bruno.petit");

		// The platform administrator creates the organisation…
		signIn(page, platformAdmin, PASSWORD);
		page.locator("#navigation").getByText("Administration").click();
		assertThat(page.locator("h1")).hasText("Organisations");
		page.getByText("Créer une organisation").click();
		page.getByLabel("Nom de l’organisation").fill(agency);
		page.getByLabel("Sigle").fill("AID");
		page.getByText("Établissement public", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.getByLabel("Établissement public")).isChecked();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
		assertThat(page.locator(".fr-alert--success")).containsText("L’organisation « " + agency + " » est créée");
		assertThat(page.locator("h1")).hasText(agency + " (AID)");

		// …then its purchasing entity: a mistyped SIRET is explained, and nothing typed is lost.
		page.getByText("Ajouter une entité d’achat").click();
		page.getByLabel("Nom de l’entité d’achat").fill(entityName);
		page.getByLabel("SIRET").fill("130 012 347 00015");
		page.getByLabel("Numéro et voie").fill("60 boulevard du Général Martial Valin");
		page.getByLabel("Code postal").fill("75015");
		page.getByLabel("Commune").fill("Paris");
		page.getByLabel("Département").selectOption("75");
		page.getByLabel("Adresse électronique de contact").fill("achats@aid.example");
		page.getByLabel("Services").fill("Bureau des marchés\nCellule innovation ouverte");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
		assertThat(page.locator("#siret-error")).containsText("Ce numéro SIRET n'existe pas");
		assertThat(page.getByLabel("Nom de l’entité d’achat")).hasValue(entityName);
		assertThat(page.getByLabel("Commune")).hasValue("Paris");
		page.getByLabel("SIRET").fill(Fixtures.uniqueSiret().formatted());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
		assertThat(page.locator("h1")).hasText(entityName);
		assertThat(page.locator("#services")).containsText("Cellule innovation ouverte");
		assertThat(page.locator("#agents")).containsText("Cette entité n’a pas d’administrateur actif");

		// …and invites its administrator.
		var form = page.locator("#administrator-form");
		form.getByLabel("Adresse électronique").fill(administrator);
		form.getByLabel("Prénom", new Locator.GetByLabelOptions().setExact(true)).fill("Inès");
		form.getByLabel("Nom", new Locator.GetByLabelOptions().setExact(true)).fill("Caron");
		form.getByRole(AriaRole.BUTTON).click();
		assertThat(page.locator(".fr-alert--success")).containsText("L’administrateur " + administrator + " est nommé");
		assertThat(page.locator("#agents-table")).containsText("Inès Caron");
		assertThat(page.locator("#agents-table")).containsText("Invité");

		// The administrator receives the invitation and chooses her password through the link.
		var ines = newVisitor();
		joinThroughTheMailedLink(ines, administrator, "Hélène Garnier");
		signIn(ines, administrator, PASSWORD);
		ines.locator("#navigation").getByText("Espace acheteur").click();
		var card = ines.locator("#my-entities > li").filter(new Locator.FilterOptions().setHasText(entityName));
		assertThat(card).containsText("Administrateur de l’entité");

		// She invites a buyer.
		card.getByText("Gérer les agents").click();
		assertThat(ines.locator("#agents-table")).containsText("Inès Caron");
		ines.getByText("Inviter un agent").click();
		ines.getByLabel("Adresse électronique").fill(buyer);
		ines.getByLabel("Prénom", new Page.GetByLabelOptions().setExact(true)).fill("Bruno");
		ines.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Petit");
		assertThat(ines.getByLabel("Acheteur")).isChecked();
		ines.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l’invitation")).click();
		assertThat(ines.locator(".fr-alert--success")).containsText("L’invitation est envoyée à " + buyer);
		var row = ines.locator("#agents-table tr").filter(new Locator.FilterOptions().setHasText("Bruno Petit"));
		assertThat(row).containsText("Invité");

		// The buyer joins the same way.
		var bruno = newVisitor();
		joinThroughTheMailedLink(bruno, buyer, "Inès Caron");
		signIn(bruno, buyer, PASSWORD);
		bruno.navigate("/acheteur");
		assertThat(bruno.locator("#my-entities")).containsText(entityName);
		assertThat(bruno.locator("#my-entities")).containsText("Acheteur");
		ines.reload();
		assertThat(row).containsText("Actif");

		// She deactivates him: he is signed out, and told why when he signs in again.
		row.getByRole(AriaRole.LINK).click();
		ines.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Désactiver")).click();
		assertThat(ines.locator("h1")).hasText("Désactiver Bruno Petit ?");
		ines.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Désactiver l’agent")).click();
		assertThat(ines.locator(".fr-alert--success")).containsText("Bruno Petit est désactivé");
		assertThat(row).containsText("Désactivé");

		bruno.reload();
		assertThat(bruno.locator("header")).not().containsText("Bruno Petit");
		signIn(bruno, buyer, PASSWORD);
		assertThat(bruno.locator("#sign-in-problem")).containsText("Votre compte est verrouillé : votre affectation à l’entité d’achat "
				+ entityName + " a pris fin (décision de Inès Caron)");

		// She reactivates him, and he signs in again.
		row.getByRole(AriaRole.LINK).click();
		ines.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Réactiver")).click();
		assertThat(ines.locator(".fr-alert--success")).containsText("Bruno Petit est réactivé");
		assertThat(row).containsText("Actif");
		signIn(bruno, buyer, PASSWORD);
		assertThat(bruno.locator("header")).containsText("Bruno Petit");
		bruno.navigate("/acheteur");
		assertThat(bruno.locator("#my-entities")).containsText(entityName);
	}

	private void joinThroughTheMailedLink(Page browser, String email, String invitedBy) {
		var mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> mailbox.receivedBy(email).stream().findFirst(), found -> found.isPresent())
			.orElseThrow();
		org.assertj.core.api.Assertions.assertThat(mail.text()).contains(invitedBy + " vous a ouvert un compte");
		var link = mail.links().stream().filter(l -> l.contains("/mot-de-passe/nouveau?jeton=")).findFirst().orElseThrow();
		browser.navigate(pathOf(link));
		browser.locator("#password").fill(PASSWORD);
		browser.locator("#confirmation").fill(PASSWORD);
		browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le nouveau mot de passe")).click();
		assertThat(browser.locator(".fr-alert--success")).containsText("Votre mot de passe a été changé");
	}

	/** Mails link to the configured public address; the test server listens on another port. */
	private static String pathOf(String link) {
		var uri = URI.create(link);
		return uri.getRawPath() + "?" + uri.getRawQuery();
	}

	private static void signIn(Page browser, String email, String password) {
		browser.navigate("/connexion");
		browser.getByLabel("Adresse électronique").fill(email);
		browser.locator("#password").fill(password);
		browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
	}
}
