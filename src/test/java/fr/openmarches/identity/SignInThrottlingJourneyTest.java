package fr.openmarches.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInThrottlingJourneyTest extends BrowserTest {

	static final String EMAIL = "agent.throttle@finances.gouv.fr";

	static final String PASSWORD = "le bon mot de passe 2026";

	@Autowired
	AccountService accounts;

	@Test
	void aBuyerWhoMistypesFiveTimesMustWaitEvenWithTheRightPassword() {
		clock.set(Instant.parse("2026-11-24T09:00:00Z"));
		accounts.open(new NewAccount(EMAIL, PASSWORD, "Paul", "Durand", null, Set.of(Role.BUYER_AGENT)));

		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(EMAIL, "un mauvais mot de passe " + attempt);
			assertThat(page.locator("#sign-in-problem")).containsText("Adresse électronique ou mot de passe incorrect");
		}
		signIn(EMAIL, "un mauvais mot de passe 5");
		assertThat(page.locator("#sign-in-problem"))
			.containsText("la connexion est suspendue jusqu’à 10 h 15 (heure de Paris)");

		signIn(EMAIL, PASSWORD);
		assertThat(page.locator("#sign-in-problem"))
			.containsText("la connexion est suspendue jusqu’à 10 h 15 (heure de Paris), même avec le bon mot de passe");
		assertThat(page.locator("header")).not().containsText("Paul Durand");
		assertThat(page.locator("#sign-in-problem").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Choisir un nouveau mot de passe")))
			.hasAttribute("href", "/mot-de-passe/oubli");

		clock.advance(Duration.ofMinutes(16));
		signIn(EMAIL, PASSWORD);
		assertThat(page.locator("header")).containsText("Paul Durand");
	}

	private void signIn(String email, String password) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(email);
		page.locator("#password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
	}
}
