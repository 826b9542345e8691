package fr.openmarches.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInJourneyTest extends BrowserTest {

	@Autowired
	AccountService accounts;

	@Test
	void aBuyerSignsInAndOut() {
		accounts.open(new NewAccount("agent.journey@armees.gouv.fr", "un mot de passe solide", "Claire", "Martin", null,
				Set.of(Role.BUYER_AGENT)));

		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill("agent.journey@armees.gouv.fr");
		page.locator("#password").fill("un mot de passe solide");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Se connecter")).click();

		assertThat(page.locator("header")).containsText("Claire Martin");
		page.navigate("/connexion");
		assertThat(page.locator("header")).containsText("Claire Martin");
		page.locator(".fr-header__tools-links").getByText("Se déconnecter").click();
		assertThat(page.locator("header")).containsText("Se connecter");
	}
}
