package fr.openmarches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.openmarches.alert.Alerts;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.submission.DepositCalls;
import fr.openmarches.submission.DepositDesk;
import fr.openmarches.submission.DepositId;
import fr.openmarches.submission.DepositStatus;
import fr.openmarches.vault.DocumentType;
import fr.openmarches.vault.Vault;

/**
 * Every endpoint of the REST API, as the application lists them (so that a new one cannot escape),
 * called by each kind of stranger — anonymous, a member of another company, a buyer of another
 * entity — with the ids of someone else's things in every path variable: a draft consultation, a
 * deposit, an upload, a vault document, an alert, a question. None answers with their content, no
 * endpoint but the public and self-scoped ones listed here answers with success, and afterwards
 * nothing of theirs has changed.
 */
@IntegrationTest
class AuthorisationMatrixTest {

	/**
	 * What a stranger may call with success: public reading, and what acts on the caller's own
	 * things only (their alerts, their uploads, a question or a download anyone may make). Each
	 * still must not show the owner's content.
	 */
	private static final List<Pattern> OPEN_TO_STRANGERS = List.of(
			Pattern.compile("GET /api/v1/(consultations|purchasing-entities|companies|cpv|portals|evidence)(/.*)?"),
			Pattern.compile("GET /api/v1/espd-criteria"),
			// published essential data (DECP): drafts answer 404
			Pattern.compile("GET /api/v1/decp(/\\{[^/]+})?"),
			Pattern.compile("GET /api/v1/(company-lookup|workstation/time)"),
			Pattern.compile("GET /api/v1/me/.*"),
			Pattern.compile("GET /api/v1/my-company(/[a-z/-]+)?"),
			Pattern.compile("GET /api/v1/buyer/(consultations|entities)"),
			// a company's own DUME response for a consultation: the consultation's id is its key
			Pattern.compile("(GET|PUT|POST) /api/v1/my-company/espd-responses/\\{[^/]+}(/pdf|/xml|/reuse-last)?"),
			Pattern.compile("POST /api/v1/consultations/[^/]+/(downloads|questions)"),
			Pattern.compile("POST /api/v1/(uploads|me/alerts|me/tokens|signatures/verification|workstation/upload-test|evidence/verification)"));

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	Vault vault;

	@Autowired
	Alerts alerts;

	@Autowired
	DepositDesk deposits;

	@Autowired
	MutableClock clock;

	@Test
	void noStrangerReadsOrChangesSomeoneElsesThingsThroughAnyEndpoint() throws Exception {
		var marker = Fixtures.uniqueWord("secret");
		var owner = new Owner(marker);
		var endpoints = endpoints();
		assertThat(endpoints).as("the application's own list of endpoints").hasSizeGreaterThan(40);

		var strangers = Map.of("anonymous", new WebVisitor(port), "another company's member", supplier("autre"),
				"another entity's buyer", buyer(Fixtures.newEntity(organisations, Fixtures.unique("Entité étrangère"), "59")));
		var failures = new ArrayList<String>();
		var calls = 0;
		for (var stranger : strangers.entrySet()) {
			var visitor = stranger.getValue();
			visitor.get("/"); // the session's CSRF token, sent with every call: refusals must come from authorisation
			for (var endpoint : endpoints) {
				for (var path : paths(endpoint.path(), owner.ids(), owner.published.value().toString())) {
					var body = endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null
							: "{}".getBytes(StandardCharsets.UTF_8);
					var answer = visitor.send(endpoint.method(), path, body == null ? null : "application/json", body, true);
					calls++;
					var call = stranger.getKey() + ": " + endpoint.method() + " " + path + " → " + answer.status();
					if (answer.body().contains(marker)) {
						failures.add(call + " shows the owner's content");
					}
					if (answer.status() < 400 && !openToStrangers(endpoint)) {
						failures.add(call + " succeeds");
					}
				}
			}
		}
		assertThat(failures).as("%d calls", calls).isEmpty();
		owner.assertUnchanged();
	}

	/** The owner: a company and its member, an entity with a draft, and their things. */
	private final class Owner {

		final String marker;

		final ConsultationId draft;

		final ConsultationId published;

		final UUID deposit;

		final UUID upload;

		final UUID vaultDocument;

		final UUID vaultVersion;

		final UUID alert;

		final UUID question;

		final CompanyFixtures.Person member;

		Owner(String marker) throws Exception {
			this.marker = marker;
			var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité propriétaire"), "44");
			draft = consultations.draft(ConsultationFixtures.newConsultation(entity, "Brouillon " + marker,
					clock.instant().plus(Duration.ofDays(20))));
			published = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Publiée"),
					clock.instant().plus(Duration.ofDays(20))));
			ConsultationFixtures.publish(consultations, published);
			member = CompanyFixtures.person(accounts, "Philippine");
			CompanyFixtures.company(companies, member, Fixtures.unique("Propriétaire et fils"));
			var signedIn = new WebVisitor(port);
			signedIn.signIn(member.email(), CompanyFixtures.PASSWORD);
			signedIn.get("/");
			var client = new DepositCalls(signedIn)
				.add(published, "OFFER", null, "pli-" + marker + ".pdf", ("offre " + marker).getBytes(StandardCharsets.UTF_8));
			var made = client.deposit(published, fr.openmarches.opening.OpeningFixtures.openingKeyPair().getPublic(),
					List.of());
			assertThat(made.status()).as(made.body()).isEqualTo(201);
			deposit = UUID.fromString(JsonPath.read(made.body(), "$.id"));
			upload = UUID.fromString(JsonPath.read(client.pieces().getFirst(), "$.upload"));
			var document = vault.create(member.id(), DocumentType.KBIS, "Coffre " + marker,
					new Vault.Upload("kbis-" + marker + ".pdf", "application/pdf", LocalDate.of(2026, 11, 1), null,
							new ByteArrayInputStream(("Kbis " + marker).getBytes(StandardCharsets.UTF_8))));
			vaultDocument = document.id();
			vaultVersion = document.current().id();
			var saved = signedIn.postJson("/api/v1/me/alerts",
					"{\"name\": \"Alerte " + marker + "\", \"criteria\": {\"keywords\": \"" + marker + "\"}}");
			assertThat(saved.status()).as(saved.body()).isEqualTo(201);
			alert = UUID.fromString(JsonPath.read(saved.body(), "$.id"));
			var asked = signedIn.postJson("/api/v1/consultations/" + published.value() + "/questions",
					"{\"text\": \"Question " + marker + " ?\"}");
			assertThat(asked.status()).as(asked.body()).isEqualTo(201);
			question = UUID.fromString(JsonPath.read(asked.body(), "$.id"));
		}

		List<String> ids() {
			return List.of(draft.value().toString(), published.value().toString(), deposit.toString(),
					upload.toString(), vaultDocument.toString(), vaultVersion.toString(), alert.toString(),
					question.toString());
		}

		void assertUnchanged() {
			assertThat(jdbc.queryForMap("select title, state from consultation.consultation where id = ?", draft.value()))
				.containsEntry("title", "Brouillon " + marker)
				.containsEntry("state", "DRAFT");
			assertThat(deposits.depositsOf(companies.companyOf(member.id()).orElseThrow().id(), 0, 10).getContent())
				.singleElement()
				.satisfies(d -> {
					assertThat(d.id()).isEqualTo(new DepositId(deposit));
					assertThat(d.status()).isEqualTo(DepositStatus.CURRENT);
				});
			assertThat(vault.documents(member.id())).singleElement()
				.satisfies(d -> assertThat(d.versions()).hasSize(1));
			assertThat(alerts.of(member.id())).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(alert));
		}
	}

	private record Endpoint(String method, String path) {
	}

	/** Every method and path of the REST API, from the application's request mappings. */
	private List<Endpoint> endpoints() {
		var found = new TreeSet<String>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var paths = info.getPathPatternsCondition() == null ? Set.<String>of()
					: info.getPathPatternsCondition().getPatternValues();
			var methods = info.getMethodsCondition().getMethods();
			for (var path : paths) {
				if (!path.startsWith("/api/v1/")) {
					continue;
				}
				if (methods.isEmpty()) {
					found.add("GET " + path);
				}
				methods.forEach(method -> found.add(method.name() + " " + path));
			}
		});
		return found.stream().map(line -> line.split(" ", 2)).map(parts -> new Endpoint(parts[0], parts[1])).toList();
	}

	/**
	 * The path with each of the owner's ids in every variable at once, and in each variable alone
	 * with the owner's published consultation in the others (the usual parent); {@code index}: 0.
	 */
	private static Set<String> paths(String template, List<String> ids, String parent) {
		var variables = new ArrayList<String>();
		var matcher = VARIABLE.matcher(template);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		var paths = new TreeSet<String>();
		for (var id : ids) {
			paths.add(fill(template, variable -> id));
			for (var alone : variables) {
				paths.add(fill(template, variable -> variable.equals(alone) ? id : parent));
			}
		}
		return paths;
	}

	private static String fill(String template, java.util.function.UnaryOperator<String> value) {
		return VARIABLE.matcher(template)
			.replaceAll(match -> Matcher.quoteReplacement(match.group(1).equals("index") ? "0" : value.apply(match.group(1))));
	}

	private static boolean openToStrangers(Endpoint endpoint) {
		var call = endpoint.method() + " " + endpoint.path();
		return OPEN_TO_STRANGERS.stream().anyMatch(pattern -> pattern.matcher(call).matches());
	}

	private WebVisitor supplier(String name) {
		var person = CompanyFixtures.person(accounts, name);
		CompanyFixtures.company(companies, person, Fixtures.unique("Société étrangère"));
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		return visitor;
	}

	private WebVisitor buyer(PurchasingEntityId entity) {
		var email = Fixtures.uniqueWord("acheteur").toLowerCase() + "@etranger.example";
		var account = accounts.open(new NewAccount(email, CompanyFixtures.PASSWORD, "Étienne", "Lointain", null, Set.of()));
		organisations.appoint(entity, account, Set.of(AgentRole.BUYER, AgentRole.COMMISSION_MEMBER));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, CompanyFixtures.PASSWORD);
		return visitor;
	}
}
