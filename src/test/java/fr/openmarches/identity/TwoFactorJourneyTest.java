package fr.openmarches.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TwoFactorJourneyTest extends BrowserTest {

	static final String EMAIL = "agent.totp@interieur.gouv.fr";

	static final String PASSWORD = "mot de passe de l'agent 42";

	@Autowired
	AccountService accounts;

	@Test
	void aBuyerTurnsOnTwoFactorSignInAndIsThenAskedForACode() {
		accounts.open(new NewAccount(EMAIL, PASSWORD, "Inès", "Moreau", null, Set.of(Role.BUYER_AGENT)));
		signIn();
		page.navigate("/mon-espace");
		page.getByText("Gérer la sécurité du compte").click();
		assertThat(page.locator("#two-factor-off")).containsText("n’est pas activée");

		button("Activer la double authentification").click();
		assertThat(page.locator("#totp-qr-code")).isVisible();
		var secret = Base32.decode(page.locator("#totp-secret").textContent());
		page.getByLabel("Code à 6 chiffres").fill(currentCode(secret));
		button("Confirmer et activer").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("La double authentification est activée");
		page.locator(".fr-header__tools-links").getByText("Se déconnecter").click();

		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		signIn();
		assertThat(page).hasURL(Pattern.compile(".*/connexion/code$"));
		assertThat(page.locator("header")).not().containsText("Inès Moreau");
		page.getByLabel("Code à 6 chiffres").fill(wrongCode(secret));
		button("Valider").click();
		assertThat(page.locator("#code-error")).containsText("Ce code est incorrect");
		assertThat(page.locator("header")).not().containsText("Inès Moreau");

		page.getByLabel("Code à 6 chiffres").fill(currentCode(secret));
		button("Valider").click();
		assertThat(page.locator("header")).containsText("Inès Moreau");
		page.navigate("/mon-espace");
		assertThat(page.locator("main")).containsText("La double authentification est activée.");
	}

	private String currentCode(byte[] secret) {
		return Totp.code(secret, Totp.stepAt(clock.instant()));
	}

	/** A code that none of the accepted steps gives. */
	private String wrongCode(byte[] secret) {
		var step = Totp.stepAt(clock.instant());
		var accepted = Set.of(Totp.code(secret, step - 1), Totp.code(secret, step), Totp.code(secret, step + 1));
		var candidate = Integer.parseInt(Totp.code(secret, step));
		String wrong;
		do {
			candidate = (candidate + 1) % 1_000_000;
			wrong = String.format("%06d", candidate);
		}
		while (accepted.contains(wrong));
		return wrong;
	}

	private void signIn() {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(EMAIL);
		page.locator("#password").fill(PASSWORD);
		button("Se connecter").click();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}
