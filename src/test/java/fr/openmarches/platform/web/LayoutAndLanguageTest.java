package fr.openmarches.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * French by default, English on request and remembered; errors are friendly translated pages,
 * over real HTTP (the servlet container renders error pages, which MockMvc does not).
 */
@IntegrationTest
class LayoutAndLanguageTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	WebVisitor visitor;

	@BeforeEach
	void newVisitor() {
		visitor = new WebVisitor(port);
	}

	@Test
	void pagesAreInFrenchByDefaultWhateverTheBrowserPrefers() {
		var page = visitor.get("/connexion", "Accept-Language", "en-GB,en;q=0.9");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"fr\"", "Connexion à OpenMarchés", "Pied de page");
		assertThat(page.header("Content-Language")).isEqualTo("fr");
	}

	@Test
	void theLanguageSwitchTurnsThePageToEnglishAndIsRemembered() {
		var english = visitor.get("/connexion?lang=en");

		assertThat(english.body()).contains("<html lang=\"en\"", "Sign in to OpenMarchés", "Footer");
		assertThat(visitor.cookie("openmarches-lang")).contains("en");
		assertThat(visitor.get("/connexion").body()).contains("Sign in to OpenMarchés");
		assertThat(visitor.get("/connexion?lang=fr").body()).contains("Connexion à OpenMarchés");
	}

	@Test
	void anUnsupportedLanguageIsIgnored() {
		var page = visitor.get("/connexion?lang=de");

		assertThat(page.body()).contains("<html lang=\"fr\"");
		assertThat(visitor.cookie("openmarches-lang")).isEmpty();
	}

	@Test
	void theLanguageLinksKeepThePageAndItsParameters() {
		var page = visitor.get("/connexion?erreur");

		assertThat(page.body()).contains("href=\"/connexion?erreur&amp;lang=en\"", "href=\"/connexion?erreur&amp;lang=fr\"");
	}

	@Test
	void anUnknownPageIsAFriendlyTranslated404() {
		var french = visitor.get("/dev/mailbox/999999");
		assertThat(french.status()).isEqualTo(404);
		assertThat(french.body()).contains("<h1>Page non trouvée</h1>", "fr-footer", "href=\"/dev/mailbox/999999?lang=en\"");

		var english = visitor.get("/dev/mailbox/999999?lang=en");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.body()).contains("Page not found");
	}

	@Test
	void aMalformedRequestIsAFriendlyErrorWithoutInternals() {
		var page = visitor.get("/dev/mailbox/not-a-number");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Erreur 400", "fr-header").doesNotContain("Exception", "at org.");
	}

	@Test
	void aForbiddenAreaIsAFriendly403ForSignedInPeople() {
		var email = "fournisseur-" + UUID.randomUUID() + "@example.fr";
		accounts.open(new NewAccount(email, "mot de passe solide", "Jeanne", "Durand", null, Set.of(Role.SUPPLIER_MEMBER)));
		assertThat(visitor.signIn(email, "mot de passe solide").status()).isEqualTo(302);

		var page = visitor.get("/acheteur");

		assertThat(page.status()).isEqualTo(403);
		assertThat(page.body()).contains("Accès refusé", "Jeanne Durand");
	}

	@Test
	void aPrivateAreaSendsVisitorsToSignIn() {
		var page = visitor.get("/acheteur");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/connexion");
	}
}
