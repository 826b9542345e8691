package fr.openmarches.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.notification.DevelopmentMailbox.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordResetJourneyTest extends BrowserTest {

	static final String EMAIL = "contact.reset@menuiserie-durand.fr";

	static final String OLD_PASSWORD = "l'ancien mot de passe";

	static final String NEW_PASSWORD = "un tout nouveau mot de passe 7";

	@Autowired
	AccountService accounts;

	@Autowired
	DevelopmentMailbox mailbox;

	@Test
	void aSupplierChoosesANewPasswordThroughTheLinkMailedToThem() {
		accounts.open(new NewAccount(EMAIL, OLD_PASSWORD, "Louise", "Durand", "01 23 45 67 89",
				Set.of(Role.SUPPLIER_ADMIN)));
		var otherComputer = newVisitor();
		signIn(otherComputer, EMAIL, OLD_PASSWORD);
		assertThat(otherComputer.locator("header")).containsText("Louise Durand");

		page.navigate("/connexion");
		page.getByText("Mot de passe oublié ?").click();
		page.getByLabel("Adresse électronique").fill(EMAIL);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir un lien")).click();
		assertThat(page.locator("#reset-sent")).containsText("Si un compte existe pour l’adresse " + EMAIL);

		var mail = awaitMail("Choisir un nouveau mot de passe OpenMarchés");
		var link = mail.links().stream().filter(l -> l.contains("/mot-de-passe/nouveau?jeton=")).findFirst().orElseThrow();
		page.navigate(pathOf(link));
		page.locator("#password").fill(NEW_PASSWORD);
		page.locator("#confirmation").fill(NEW_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le nouveau mot de passe")).click();
		assertThat(page.locator(".fr-alert--success")).containsText("Votre mot de passe a été changé");
		awaitMail("Votre mot de passe OpenMarchés a été changé");

		otherComputer.reload();
		assertThat(otherComputer.locator("header")).not().containsText("Louise Durand");

		signIn(page, EMAIL, OLD_PASSWORD);
		assertThat(page.locator("#sign-in-problem")).containsText("Adresse électronique ou mot de passe incorrect");
		signIn(page, EMAIL, NEW_PASSWORD);
		assertThat(page.locator("header")).containsText("Louise Durand");

		page.navigate(pathOf(link));
		assertThat(page.locator("h1")).hasText("Ce lien n’est plus valable");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demander un nouveau lien")))
			.isVisible();
	}

	private ReceivedMail awaitMail(String subject) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> mailbox.receivedBy(EMAIL).stream().filter(m -> m.subject().equals(subject)).findFirst(),
					found -> found.isPresent())
			.orElseThrow();
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
