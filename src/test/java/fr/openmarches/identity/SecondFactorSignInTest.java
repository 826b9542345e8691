package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sign-in for people with two-factor sign-in on, and sign-in refused for unknown emails alike. */
@IntegrationTest
@RecordApplicationEvents
class SecondFactorSignInTest {

	static final String SESSION_COOKIE = WebSecurityTest.SESSION_COOKIE;

	static final String PASSWORD = "un mot de passe solide 1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TwoFactorAuthentication twoFactor;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theRightPasswordAloneSignsNobodyInAndTheCodeGivesANewSession() throws Exception {
		var email = System.nanoTime() + "-two-steps@example.fr";
		var secret = turnedOnFor(email);

		var afterPassword = mvc.perform(signIn(email, PASSWORD))
			.andExpect(redirectedUrl("/connexion/code"))
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);
		mvc.perform(get("/mon-espace").cookie(afterPassword)).andExpect(redirectedUrl("/connexion"));
		mvc.perform(get("/connexion/code").cookie(afterPassword))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("autocomplete=\"one-time-code\"")));

		var signedIn = mvc.perform(code("123 45x").cookie(afterPassword))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce code est incorrect")))
			.andReturn();
		assertThat(signedIn.getResponse().getCookie(SESSION_COOKIE)).as("no new session for a wrong code").isNull();

		var fullySignedIn = mvc.perform(code(Totp.code(secret, Totp.stepAt(clock.instant()))).cookie(afterPassword))
			.andExpect(redirectedUrl("http://localhost/mon-espace?continue")) // where they were going
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);
		assertThat(fullySignedIn.getValue()).isNotEqualTo(afterPassword.getValue());
		assertThat(events.stream(AuthenticationSuccessEvent.class))
			.singleElement()
			.satisfies(success -> assertThat(success.getAuthentication().getName()).isEqualTo(email))
			.satisfies(success -> assertThat(success.getAuthentication().getAuthorities())
				.extracting(GrantedAuthority::getAuthority)
				.contains("ROLE_BUYER_AGENT", "FACTOR_PASSWORD", "FACTOR_TOTP"));
		mvc.perform(get("/mon-espace").cookie(fullySignedIn)).andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		mvc.perform(get("/mon-espace").cookie(afterPassword)).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void theCodeMustComeWithinFiveMinutesOfThePassword() throws Exception {
		var email = System.nanoTime() + "-slow@example.fr";
		var secret = turnedOnFor(email);
		var afterPassword = mvc.perform(signIn(email, PASSWORD)).andReturn().getResponse().getCookie(SESSION_COOKIE);

		clock.advance(Duration.ofMinutes(6));

		mvc.perform(code(Totp.code(secret, Totp.stepAt(clock.instant()))).cookie(afterPassword))
			.andExpect(redirectedUrl("/connexion?erreur"));
		mvc.perform(get("/connexion").param("erreur", "").cookie(afterPassword))
			.andExpect(content().string(containsString("Le délai pour saisir le code est dépassé")));
		mvc.perform(get("/mon-espace").cookie(afterPassword)).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void aCodeWithoutAPasswordLeadsBackToSignIn() throws Exception {
		mvc.perform(get("/connexion/code")).andExpect(redirectedUrl("/connexion"));
		mvc.perform(code("123456")).andExpect(redirectedUrl("/connexion?erreur"));
	}

	@Test
	void anUnknownEmailIsThrottledLikeAnAccount() throws Exception {
		var unknown = System.nanoTime() + "-nobody@example.fr";
		Cookie session = null;
		for (int attempt = 1; attempt <= 5; attempt++) {
			session = mvc.perform(signIn(unknown, "une supposition " + attempt))
				.andExpect(redirectedUrl("/connexion?erreur"))
				.andReturn()
				.getResponse()
				.getCookie(SESSION_COOKIE);
		}

		mvc.perform(get("/connexion").param("erreur", "").cookie(session))
			.andExpect(content().string(containsString("la connexion est suspendue jusqu’à")));
	}

	private byte[] turnedOnFor(String email) {
		var id = accounts.open(new NewAccount(email, PASSWORD, "Test", "Deux", null, Set.of(Role.BUYER_AGENT)));
		var secret = Base32.decode(twoFactor.startEnrolment(id).secret());
		twoFactor.turnOn(id, Totp.code(secret, Totp.stepAt(clock.instant())));
		// The code that turned it on cannot serve again: sign in at the next step.
		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		return secret;
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password) {
		return post("/connexion").with(csrf()).param("email", email).param("password", password);
	}

	private static MockHttpServletRequestBuilder code(String code) {
		return post("/connexion/code").with(csrf()).param("code", code);
	}
}
