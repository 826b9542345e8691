package fr.openmarches.identity;

import fr.openmarches.platform.SecretToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.notification.DevelopmentMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the web application guarantees at the HTTP level, whatever page is built on it. */
@IntegrationTest
class WebSecurityTest {

	static final String SESSION_COOKIE = "OPENMARCHES_SESSION";

	static final String PASSWORD = "un mot de passe solide 1";

	static final String NEW_PASSWORD = "un autre mot de passe 2";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordReset passwordReset;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void refusesFormsPostedWithoutTheirCsrfToken() throws Exception {
		mvc.perform(post("/connexion").param("email", "someone@example.fr").param("password", PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/mot-de-passe/oubli").param("email", "someone@example.fr")).andExpect(status().isForbidden());
		mvc.perform(post("/mot-de-passe/oubli").param("email", "someone@example.fr").with(csrf()))
			.andExpect(status().isFound());
	}

	@Test
	void sendsSecurityHeaders() throws Exception {
		mvc.perform(get("/connexion"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void givesANewSessionIdAtSignIn() throws Exception {
		var email = open("fixation@example.fr");
		var before = mvc.perform(get("/connexion")).andReturn().getResponse().getCookie(SESSION_COOKIE);
		assertThat(before).as("a session before sign-in").isNotNull();

		var signedIn = mvc.perform(signIn(email, PASSWORD).cookie(before))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);

		assertThat(signedIn).isNotNull();
		assertThat(signedIn.getValue()).isNotEqualTo(before.getValue());
		mvc.perform(get("/mon-espace").cookie(signedIn)).andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		mvc.perform(get("/mon-espace").cookie(before)).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void refusesAnExpiredResetLink() throws Exception {
		var email = open("expired-link@example.fr");
		var token = mailedToken(email);

		clock.advance(Duration.ofMinutes(61));

		mvc.perform(get("/mot-de-passe/nouveau").param("jeton", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Ce lien n’est plus valable")));
		mvc.perform(newPassword(token, NEW_PASSWORD)).andExpect(status().isGone());
		clock.reset();
		mvc.perform(signIn(email, NEW_PASSWORD)).andExpect(redirectedUrl("/connexion?erreur"));
		mvc.perform(signIn(email, PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAResetLinkUsedOnce() throws Exception {
		var email = open("used-link@example.fr");
		var token = mailedToken(email);
		mvc.perform(get("/mot-de-passe/nouveau").param("jeton", token)).andExpect(status().isOk());

		mvc.perform(newPassword(token, NEW_PASSWORD))
			.andExpect(redirectedUrl("/connexion"))
			.andExpect(flash().attributeExists("flash"));

		mvc.perform(newPassword(token, "encore un autre mot de passe 3")).andExpect(status().isGone());
		mvc.perform(get("/mot-de-passe/nouveau").param("jeton", token)).andExpect(status().isGone());
		mvc.perform(signIn(email, NEW_PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAnUnknownOrMalformedResetLink() throws Exception {
		mvc.perform(get("/mot-de-passe/nouveau").param("jeton", SecretToken.generate().value()))
			.andExpect(status().isGone());
		mvc.perform(get("/mot-de-passe/nouveau").param("jeton", "' or 1=1 --")).andExpect(status().isGone());
		mvc.perform(get("/mot-de-passe/nouveau")).andExpect(status().isGone());
	}

	@Test
	void refusesANewPasswordThatBreaksThePolicyAndKeepsTheLink() throws Exception {
		var email = open("weak-password@example.fr");
		var token = mailedToken(email);

		mvc.perform(newPassword(token, "court"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le mot de passe doit contenir au moins 12 caractères")))
			.andExpect(content().string(containsString("aria-describedby=\"password-hint password-error\"")));

		mvc.perform(get("/mot-de-passe/nouveau").param("jeton", token)).andExpect(status().isOk());
	}

	@Test
	void answersTheSameWhetherAnAccountHasTheEmailOrNot() throws Exception {
		var known = open("known-reset@example.fr");
		var unknown = "nobody-" + System.nanoTime() + "@example.fr";

		var forKnown = mvc.perform(post("/mot-de-passe/oubli").with(csrf()).param("email", known)).andReturn();
		var forUnknown = mvc.perform(post("/mot-de-passe/oubli").with(csrf()).param("email", unknown)).andReturn();

		assertThat(forKnown.getResponse().getStatus()).isEqualTo(forUnknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(forKnown.getResponse().getRedirectedUrl()).isEqualTo(forUnknown.getResponse().getRedirectedUrl());
		var knownPage = pageAfter(forKnown, known);
		assertThat(knownPage).contains("Si un compte existe pour l’adresse EMAIL");
		assertThat(pageAfter(forUnknown, unknown)).isEqualTo(knownPage);
	}

	@Test
	void sendsAtMostThreeResetLinksAnHour() throws Exception {
		var email = open("flood@example.fr");
		for (int request = 0; request < 5; request++) {
			mvc.perform(post("/mot-de-passe/oubli").with(csrf()).param("email", email))
				.andExpect(redirectedUrl("/mot-de-passe/oubli/envoye"));
		}
		assertThat(linksSentTo(email)).isEqualTo(3);
		await().atMost(Duration.ofSeconds(20)).until(() -> resetMails(email) == 3);

		clock.advance(Duration.ofMinutes(61));
		mvc.perform(post("/mot-de-passe/oubli").with(csrf()).param("email", email));
		assertThat(linksSentTo(email)).isEqualTo(4);
		await().atMost(Duration.ofSeconds(20)).until(() -> resetMails(email) == 4);
	}

	@Test
	void refusesEveryoneFromAnAddressAfterFiftyFailures() throws Exception {
		var email = open("shared-address@example.fr");
		for (int attempt = 0; attempt < 50; attempt++) {
			mvc.perform(signIn("guess-" + attempt + "@example.fr", "une supposition " + attempt).with(from("203.0.113.50")))
				.andExpect(redirectedUrl("/connexion?erreur"));
		}

		var refused = mvc.perform(signIn(email, PASSWORD).with(from("203.0.113.50")))
			.andExpect(redirectedUrl("/connexion?erreur"))
			.andReturn();
		mvc.perform(get("/connexion").param("erreur", "").cookie(refused.getResponse().getCookie(SESSION_COOKIE)))
			.andExpect(content().string(containsString("la connexion est suspendue jusqu’à")));
		mvc.perform(signIn(email, PASSWORD).with(from("198.51.100.7"))).andExpect(redirectedUrl("/"));
	}

	private String open(String email) {
		var unique = System.nanoTime() + "-" + email;
		accounts.open(new NewAccount(unique, PASSWORD, "Test", "Web", null, Set.of(Role.SUPPLIER_MEMBER)));
		return unique;
	}

	private String mailedToken(String email) {
		passwordReset.request(email, Locale.FRENCH);
		var link = await().atMost(Duration.ofSeconds(20))
			.until(() -> mailbox.receivedBy(email).stream().flatMap(mail -> mail.links().stream())
				.filter(l -> l.contains("jeton=")).findFirst(), found -> found.isPresent())
			.orElseThrow();
		return link.substring(link.indexOf("jeton=") + "jeton=".length());
	}

	private long linksSentTo(String email) {
		return jdbc.sql("select count(*) from identity.password_reset_link l"
				+ " join identity.account a on a.id = l.account_id where a.email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private long resetMails(String email) {
		return mailbox.receivedBy(email).stream()
			.filter(mail -> mail.subject().equals("Choisir un nouveau mot de passe OpenMarchés"))
			.count();
	}

	/**
	 * The page the browser is sent to, with what differs by nature (the email typed, the CSRF
	 * token) blanked.
	 */
	private String pageAfter(MvcResult posted, String email) throws Exception {
		var html = mvc
			.perform(get(posted.getResponse().getRedirectedUrl())
				.cookie(posted.getResponse().getCookie(SESSION_COOKIE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		if (csrf.find()) {
			html = html.replace(csrf.group(1), "CSRF");
		}
		return html.replace(email, "EMAIL");
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password) {
		return post("/connexion").with(csrf()).param("email", email).param("password", password);
	}

	private static MockHttpServletRequestBuilder newPassword(String token, String password) {
		return post("/mot-de-passe/nouveau").with(csrf())
			.param("token", token)
			.param("password", password)
			.param("confirmation", password);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
