package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.OrganisationService;

/**
 * Personal API tokens over real HTTP: a token acts as its owner on the deposit API without a
 * session or CSRF token; revoked or unknown, it gets a 401 problem; it never reaches another
 * company's deposits; only its hash is stored.
 */
@IntegrationTest
class ApiTokenTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ConsultationId consultation;

	CompanyFixtures.Person founder;

	CompanyFixtures.Person rival;

	@BeforeEach
	void aConsultationAndTwoCompanies() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des jetons"), "13");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Maintenance des serveurs"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		founder = CompanyFixtures.person(accounts, "Bérénice");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Scripts du Midi"));
		rival = CompanyFixtures.person(accounts, "Octave");
		CompanyFixtures.company(companies, rival, Fixtures.unique("Automates du Nord"));
	}

	@Test
	void aTokenActsAsItsOwnerUntilRevokedAndNeverReachesAnotherCompany() throws Exception {
		var session = signedIn(founder);
		var deposit = new DepositCalls(session).add(consultation, "OFFER", null, "offre.pdf",
				"offre signée".getBytes(StandardCharsets.UTF_8))
			.deposit(consultation, OpeningFixtures.openingKeyPair().getPublic(), List.of());
		assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
		var depositId = JsonPath.<String>read(deposit.body(), "$.id");

		var made = session.postJson("/api/v1/me/tokens", "{\"name\": \"serveur de dépôt\"}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		String secret = JsonPath.read(made.body(), "$.secret");
		String tokenId = JsonPath.read(made.body(), "$.token.id");
		assertThat(secret).startsWith("om_").hasSizeGreaterThan(40);

		// no cookie, no CSRF token: the bearer alone
		var script = new WebVisitor(port);
		var mine = script.get("/api/v1/me/deposits/" + depositId, "Authorization", "Bearer " + secret);
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(mine.body(), "$.number")).matches("OM-\\d{4}-\\d{6}");
		var opened = script.send("POST", "/api/v1/uploads", "application/json",
				"""
				{"consultationId": "%s", "totalSize": 2000, "chunkSize": 1048592, "label": "a.pdf"}"""
					.formatted(consultation.value()).getBytes(StandardCharsets.UTF_8), false,
				"Authorization", "Bearer " + secret);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.headers().firstValue("Set-Cookie")).isEmpty();

		var listed = session.get("/api/v1/me/tokens");
		assertThat(JsonPath.<List<String>>read(listed.body(), "$[?(@.id == '" + tokenId + "')].lastUsedAt")).singleElement()
			.isNotNull();
		var tokenCannotMakeTokens = script.send("POST", "/api/v1/me/tokens", "application/json",
				"{\"name\": \"encore\"}".getBytes(StandardCharsets.UTF_8), false, "Authorization", "Bearer " + secret);
		assertThat(tokenCannotMakeTokens.status()).isEqualTo(403);

		// the rival's token does not reach the founder's deposit
		var rivalSession = signedIn(rival);
		String rivalSecret = JsonPath.read(rivalSession.postJson("/api/v1/me/tokens", "{\"name\": \"curieux\"}").body(), "$.secret");
		var peek = script.get("/api/v1/me/deposits/" + depositId, "Authorization", "Bearer " + rivalSecret);
		assertThat(peek.status()).isEqualTo(404);
		var peekReceipt = script.get("/api/v1/me/deposits/" + depositId + "/manifest", "Authorization", "Bearer " + rivalSecret);
		assertThat(peekReceipt.status()).isEqualTo(404);

		// only a hash is stored
		var stored = jdbc.queryForList("select * from identity.api_token where id = ?", UUID.fromString(tokenId));
		assertThat(stored).singleElement().satisfies(row -> row.values().forEach(value -> {
			var text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
			assertThat(text).doesNotContain(secret.substring(3));
		}));

		// revoked: 401 with a problem saying so
		var revoked = session.send("DELETE", "/api/v1/me/tokens/" + tokenId, null, null, true);
		assertThat(revoked.status()).isEqualTo(204);
		var refused = script.get("/api/v1/me/deposits/" + depositId, "Authorization", "Bearer " + secret);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("identity.tokens.refused.revoked");
		var unknown = script.get("/api/v1/me/deposits", "Authorization", "Bearer om_pas-un-jeton");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(JsonPath.<String>read(unknown.body(), "$.code")).isEqualTo("identity.tokens.refused.unknown");

		// someone else's token id: 404, and nothing changes
		var notHers = rivalSession.send("DELETE", "/api/v1/me/tokens/" + tokenId, null, null, true);
		assertThat(notHers.status()).isEqualTo(404);
	}

	@Test
	void thePageMakesShowsOnceAndRevokesATokenAndRefusesADayInThePast() {
		var session = signedIn(founder);
		var page = session.get("/mon-espace/jetons");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"no-tokens\"");
		var past = session.post("/mon-espace/jetons", java.util.Map.of("name", "ancien", "lastDay", "2000-01-01"));
		assertThat(past.status()).isEqualTo(200);
		assertThat(past.body()).contains("ne peut pas être passé");
		var made = session.post("/mon-espace/jetons", java.util.Map.of("name", "intégration continue", "lastDay", ""));
		assertThat(made.status()).isEqualTo(302);
		var shown = session.get(made.location());
		assertThat(shown.body()).contains("id=\"token-secret\"").contains("intégration continue");
		var again = session.get("/mon-espace/jetons");
		assertThat(again.body()).doesNotContain("id=\"token-secret\"").contains("Actif");
	}

	private WebVisitor signedIn(CompanyFixtures.Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}
}
