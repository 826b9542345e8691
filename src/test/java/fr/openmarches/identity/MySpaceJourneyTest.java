package fr.openmarches.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MySpaceJourneyTest extends BrowserTest {

	static final String EMAIL = "acheteuse.espace@region-bretagne.fr";

	static final String PASSWORD = "mon mot de passe actuel 1";

	static final String NEW_PASSWORD = "mon nouveau mot de passe 2";

	@Autowired
	AccountService accounts;

	@Test
	void aBuyerReadsTheirDetailsAndChangesTheirPassword() {
		accounts.open(new NewAccount(EMAIL, PASSWORD, "Anne", "Le Gall", "02 99 00 00 00",
				Set.of(Role.BUYER_AGENT, Role.ENTITY_ADMIN)));
		var otherComputer = newVisitor();
		signIn(otherComputer, PASSWORD);
		signIn(page, PASSWORD);

		page.locator(".fr-header__tools-links").getByText("Anne Le Gall").click();
		assertThat(page.locator("h1")).hasText("Mon espace");
		assertThat(page.locator("#my-details")).containsText(EMAIL);
		assertThat(page.locator("#my-details")).containsText("02 99 00 00 00");
		assertThat(page.locator("#my-details")).containsText("Agent d’un acheteur public");
		assertThat(page.locator("#my-details")).containsText("Administrateur d’une entité d’achat");

		page.locator("#currentPassword").fill("pas le bon mot de passe");
		page.locator("#newPassword").fill(NEW_PASSWORD);
		page.locator("#confirmation").fill(NEW_PASSWORD);
		button("Changer le mot de passe").click();
		assertThat(page.locator("#currentPassword-error")).hasText("Le mot de passe actuel est incorrect.");
		assertThat(page.locator("#currentPassword")).hasAttribute("aria-describedby", "currentPassword-error");

		page.locator("#currentPassword").fill(PASSWORD);
		page.locator("#newPassword").fill(NEW_PASSWORD);
		page.locator("#confirmation").fill("une faute de frappe 2");
		button("Changer le mot de passe").click();
		assertThat(page.locator("#confirmation-error")).hasText("Les deux mots de passe saisis sont différents.");

		page.locator("#currentPassword").fill(PASSWORD);
		page.locator("#newPassword").fill(NEW_PASSWORD);
		page.locator("#confirmation").fill(NEW_PASSWORD);
		button("Changer le mot de passe").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe a été changé");

		otherComputer.reload();
		assertThat(otherComputer.locator("header")).not().containsText("Anne Le Gall");
		page.reload();
		assertThat(page.locator("header")).containsText("Anne Le Gall");
		signIn(otherComputer, NEW_PASSWORD);
		assertThat(otherComputer.locator("header")).containsText("Anne Le Gall");
	}

	private static void signIn(Page browser, String password) {
		browser.navigate("/connexion");
		browser.getByLabel("Adresse électronique").fill(EMAIL);
		browser.locator("#password").fill(password);
		browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}
