package fr.openmarches.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.BlobStore;

/**
 * Outage-driven deadline extension: the availability log shows the platform down for a minute in
 * the last hour before a consultation's deadline (real probes, one of them against a port where
 * nothing listens, recorded in the slots of that hour, as AvailabilityTest does); the consultation
 * closed at the deadline. Its buyer sees the facts and extends: the consultation reopens with the
 * new deadline, the rule and the decision are recorded (row and chained entry), and each identified
 * downloader is mailed once, in their language. Without an outage, from another entity, without
 * CSRF or with bad input: refused, nothing changes.
 */
@IntegrationTest
class DeadlineExtensionTest {

	static final String PASSWORD = "un mot de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	Availability availability;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProbeSetup probeSetup;

	@Autowired
	fr.openmarches.opening.OpeningKeys probeOpeningKeys;

	@Autowired
	BlobStore blobs;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	AccountService accounts;

	@Autowired
	EvidenceLog log;

	@Autowired
	DeadlineExtensions extensions;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOutageInTheLastHourLetsTheBuyerExtendAndReopenAndEveryDownloaderIsTold() throws Exception {
		// a deadline minutes ahead: closing it moves the shared clock only minutes on, closing nobody else's
		var deadline = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(3));
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des pannes"), "75");
		var consultation = published(entity, "Maintenance des ascenseurs", deadline);
		var frenchEmail = download(consultation, "Jeanne", "fr");
		var englishEmail = download(consultation, "Ada", "en");
		new WebVisitor(port).postJson("/api/v1/consultations/" + consultation.value() + "/downloads", """
				{"documents": []}""");
		var down = probe(Probes.nothingListens()).run();
		var up = probe(URI.create("http://127.0.0.1:" + port + "/verifier")).run();
		for (int minute = 60; minute >= 1; minute--) {
			availability.record(deadline.minus(Duration.ofMinutes(minute)), minute == 20 ? down : up);
		}
		clock.set(deadline.plus(Duration.ofMinutes(5)));
		ConsultationFixtures.applyDue(context);
		assertThat(catalogue.find(consultation).orElseThrow().state()).isEqualTo(ConsultationState.CLOSED);
		var buyer = buyerOf(entity);
		var api = "/api/v1/buyer/consultations/" + consultation.value() + "/deadline-extension";
		var page = "/acheteur/consultations/" + consultation.value() + "/prolongation-panne";

		assertThat(buyer.get("/acheteur/consultations/" + consultation.value()).body()).contains("id=\"outage-extension-link\"");
		var facts = buyer.get(page);
		assertThat(facts.status()).isEqualTo(200);
		assertThat(facts.body()).contains("id=\"outage-shown\"", "id=\"extension-form\"", "data-status=\"DOWN\"");
		var state = buyer.get(api);
		assertThat(JsonPath.<Boolean>read(state.body(), "$.outage")).isTrue();
		assertThat(JsonPath.<Boolean>read(state.body(), "$.extensible")).isTrue();
		assertThat(JsonPath.<java.util.List<String>>read(state.body(), "$.periods[*].status")).containsExactly("UP", "DOWN", "UP");

		// refused, nothing changes: another entity's buyer, no CSRF token, a supplier, bad input
		var newDeadline = deadline.plus(Duration.ofDays(2));
		var body = """
				{"newDeadline": "%s", "reason": "La plateforme était indisponible à 11 h 40."}""".formatted(newDeadline);
		var stranger = buyerOf(Fixtures.newEntity(organisations, Fixtures.unique("Autre entité"), "13"));
		assertThat(stranger.get(api).status()).isEqualTo(404);
		assertThat(stranger.get(page).status()).isEqualTo(404);
		assertThat(stranger.postJson(api, body).status()).isEqualTo(404);
		assertThat(buyer.send("POST", api, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
			.status()).as("no CSRF token").isEqualTo(403);
		assertThat(supplier().postJson(api, body).status()).isEqualTo(403);
		var noReason = buyer.postJson(api, """
				{"newDeadline": "%s", "reason": " "}""".formatted(newDeadline));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(noReason.body(), "$.detail")).isEqualTo("Indiquez le motif du report.");
		var earlier = buyer.postJson(api, """
				{"newDeadline": "%s", "reason": "Panne"}""".formatted(deadline.minus(Duration.ofHours(1))));
		assertThat(earlier.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(earlier.body(), "$.code")).isEqualTo("evidence.extension.deadline.not-later");
		buyer.get(page);
		var formWithoutReason = buyer.post(page, Map.of("newDeadline", "2099-01-01T12:00", "reason", ""));
		assertThat(formWithoutReason.status()).isEqualTo(200);
		assertThat(formWithoutReason.body()).contains("id=\"reason-error\"", "Indiquez le motif du report.");
		assertThat(catalogue.find(consultation).orElseThrow().depositDeadline()).isEqualTo(deadline);
		assertThat(catalogue.find(consultation).orElseThrow().state()).isEqualTo(ConsultationState.CLOSED);
		assertThat(extensionsOf(consultation)).isZero();

		var extended = buyer.postJson(api, body);

		assertThat(extended.status()).as(extended.body()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(extended.body(), "$.reopened")).isTrue();
		var after = catalogue.find(consultation).orElseThrow();
		assertThat(after.depositDeadline()).isEqualTo(newDeadline);
		assertThat(after.state()).as("reopened").isEqualTo(ConsultationState.PUBLISHED);
		var decision = UUID.fromString(JsonPath.read(extended.body(), "$.id"));
		assertThat(jdbc.queryForMap("select previous_deadline, new_deadline, reason, outage from evidence.deadline_extension where id = ?",
				decision)).satisfies(row -> {
					assertThat(((java.sql.Timestamp) row.get("previous_deadline")).toInstant()).isEqualTo(deadline);
					assertThat(((java.sql.Timestamp) row.get("new_deadline")).toInstant()).isEqualTo(newDeadline);
					assertThat(row.get("reason")).isEqualTo("La plateforme était indisponible à 11 h 40.");
					assertThat((String) row.get("outage")).startsWith("DOWN " + deadline.minus(Duration.ofMinutes(20)));
				});
		assertThat(log.entriesAbout(decision)).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(EvidenceKind.DEADLINE_EXTENDED);
			assertThat(entry.sequence()).isEqualTo(JsonPath.<Number>read(extended.body(), "$.evidenceSequence").longValue());
		});
		assertThat(log.verify().intact()).isTrue();

		await().atMost(Duration.ofSeconds(20)).until(() -> !mailbox.receivedBy(frenchEmail).isEmpty()
				&& !mailbox.receivedBy(englishEmail).isEmpty());
		var french = mailbox.receivedBy(frenchEmail);
		assertThat(french).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("Report de la date limite de la consultation");
			assertThat(mail.text()).contains("La plateforme était indisponible à 11 h 40.", "reçoit de nouveau les plis");
		});
		assertThat(mailbox.receivedBy(englishEmail)).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).startsWith("Deadline of consultation"));
		var shown = buyer.get(page);
		assertThat(shown.body()).contains("id=\"decisions\"", "La plateforme était indisponible à 11 h 40.");
		assertThat(JsonPath.<java.util.List<Object>>read(buyer.get(api).body(), "$.decisions")).hasSize(1);
	}

	@Test
	void withoutAnOutageInTheLastHourNoExtensionIsPossible() throws Exception {
		var deadline = Probes.someFreeMinute();
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité sans panne"), "69");
		var consultation = published(entity, "Nettoyage des vitres", deadline);
		var up = probe(URI.create("http://127.0.0.1:" + port + "/verifier")).run();
		for (int minute = 60; minute >= 1; minute--) {
			availability.record(deadline.minus(Duration.ofMinutes(minute)), up);
		}
		clock.set(deadline.plus(Duration.ofMinutes(5)));
		var buyer = buyerOf(entity);
		var page = buyer.get("/acheteur/consultations/" + consultation.value() + "/prolongation-panne");
		assertThat(page.body()).contains("id=\"no-outage\"").doesNotContain("id=\"extension-form\"");

		var refused = buyer.postJson("/api/v1/buyer/consultations/" + consultation.value() + "/deadline-extension", """
				{"newDeadline": "%s", "reason": "Panne alléguée"}""".formatted(deadline.plus(Duration.ofDays(1))));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("evidence.extension.no-outage");
		assertThat(catalogue.find(consultation).orElseThrow().depositDeadline()).isEqualTo(deadline);
		assertThat(extensionsOf(consultation)).isZero();
	}

	@Test
	void twoBuyersExtendingAtTheSameMomentGiveOneExtensionAndTheOtherIsToldTheDeadlineMoved() throws Exception {
		var deadline = Probes.someFreeMinute();
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des reports simultanés"), "31");
		var consultation = published(entity, "Restauration scolaire", deadline);
		outageInTheLastHour(deadline);
		clock.set(deadline.minus(Duration.ofMinutes(10)));
		var first = buyer(entity).accountId();
		var second = buyer(entity).accountId();

		// both requests arrive and read the deadline, then wait while the decision lock is held
		var outcomes = racing(consultation, List.of(
				() -> extensions.extend(first, consultation, deadline.plus(Duration.ofDays(1)), "Panne à 11 h 40"),
				() -> extensions.extend(second, consultation, deadline.plus(Duration.ofDays(2)), "Panne constatée")));

		assertThat(outcomes).filteredOn(o -> o instanceof DeadlineExtensions.Decision).hasSize(1);
		var refused = outcomes.stream().filter(o -> o instanceof DeadlineExtensionRefusedException).toList();
		assertThat(refused).singleElement().satisfies(e -> {
			assertThat(((DeadlineExtensionRefusedException) e).messageKey()).isEqualTo("evidence.extension.changed");
			assertThat(((DeadlineExtensionRefusedException) e).reason())
				.isEqualTo(DeadlineExtensionRefusedException.Reason.CONFLICT);
		});
		var decision = (DeadlineExtensions.Decision) outcomes.stream()
			.filter(o -> o instanceof DeadlineExtensions.Decision)
			.findFirst()
			.orElseThrow();
		assertThat(decision.previousDeadline()).isEqualTo(deadline);
		assertThat(catalogue.find(consultation).orElseThrow().depositDeadline()).as("the winner's deadline, not lost")
			.isEqualTo(decision.newDeadline());
		assertThat(extensionsOf(consultation)).isEqualTo(1);
		assertThat(extendedEntriesOf(consultation)).isEqualTo(1);
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void theApiAnswersTheSecondOfTwoSimultaneousExtensionsWithAConflict() throws Exception {
		var deadline = Probes.someFreeMinute();
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des requêtes simultanées"), "44");
		var consultation = published(entity, "Transport scolaire", deadline);
		outageInTheLastHour(deadline);
		clock.set(deadline.minus(Duration.ofMinutes(10)));
		var api = "/api/v1/buyer/consultations/" + consultation.value() + "/deadline-extension";
		var first = buyerOf(entity);
		var second = buyerOf(entity);
		var body = """
				{"newDeadline": "%s", "reason": "Panne", "currentDeadline": "%s"}""";

		var outcomes = racing(consultation, List.of(
				() -> first.postJson(api, body.formatted(deadline.plus(Duration.ofDays(1)), deadline)),
				() -> second.postJson(api, body.formatted(deadline.plus(Duration.ofDays(3)), deadline))));

		var pages = outcomes.stream().map(WebVisitor.Page.class::cast).toList();
		assertThat(pages).extracting(WebVisitor.Page::status).containsExactlyInAnyOrder(200, 409);
		var loser = pages.stream().filter(p -> p.status() == 409).findFirst().orElseThrow();
		assertThat(JsonPath.<String>read(loser.body(), "$.code")).isEqualTo("evidence.extension.changed");
		assertThat(JsonPath.<String>read(loser.body(), "$.detail")).startsWith("La date limite a été modifiée par une autre décision");
		var winner = pages.stream().filter(p -> p.status() == 200).findFirst().orElseThrow();
		assertThat(catalogue.find(consultation).orElseThrow().depositDeadline())
			.isEqualTo(Instant.parse(JsonPath.read(winner.body(), "$.newDeadline")));
		assertThat(extensionsOf(consultation)).isEqualTo(1);
		assertThat(extendedEntriesOf(consultation)).isEqualTo(1);

		// the page's form carries the deadline it showed: once moved, that deadline is not extended again
		var stale = first.postJson(api, body.formatted(deadline.plus(Duration.ofDays(5)), deadline));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(stale.body(), "$.code")).isEqualTo("evidence.extension.changed");
		var page = "/acheteur/consultations/" + consultation.value() + "/prolongation-panne";
		first.get(page);
		var staleForm = first.post(page, Map.of("currentDeadline", deadline.toString(), "newDeadline", "2099-01-01T12:00",
				"reason", "Panne"));
		assertThat(staleForm.status()).isEqualTo(200);
		assertThat(staleForm.body()).contains("id=\"extension-error\"", "La date limite a été modifiée par une autre décision");
		assertThat(extensionsOf(consultation)).isEqualTo(1);
	}

	/**
	 * Runs the calls on threads of their own while this test holds the consultation's decision lock,
	 * releases it once all of them wait for it, and gives what each returned or threw, in order.
	 */
	private List<Object> racing(ConsultationId consultation, List<Callable<?>> calls) throws Exception {
		var pool = Executors.newFixedThreadPool(calls.size());
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
				lock.setString(1, "deadline-extension:" + consultation.value());
				lock.executeQuery().close();
			}
			var running = calls.stream().map(call -> pool.submit(() -> {
				try {
					return call.call();
				}
				catch (DeadlineExtensionRefusedException refused) {
					return refused;
				}
			})).toList();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted",
						Integer.class) >= calls.size());
			connection.commit();
			var outcomes = new java.util.ArrayList<Object>();
			for (var outcome : running) {
				outcomes.add(outcome.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** One probe down twenty minutes before the deadline, the rest of the last hour up to ten minutes before it up. */
	private void outageInTheLastHour(Instant deadline) throws Exception {
		var down = probe(Probes.nothingListens()).run();
		var up = probe(URI.create("http://127.0.0.1:" + port + "/verifier")).run();
		for (int minute = 60; minute >= 11; minute--) {
			availability.record(deadline.minus(Duration.ofMinutes(minute)), minute == 20 ? down : up);
		}
	}

	private int extendedEntriesOf(ConsultationId consultation) {
		return jdbc.queryForObject("select count(*) from evidence.entry where kind = 'DEADLINE_EXTENDED' and consultation_id = ?",
				Integer.class, consultation.value());
	}

	private ConsultationId published(PurchasingEntityId entity, String title, Instant deadline) {
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique(title), deadline));
		ConsultationFixtures.publish(consultations, consultation);
		return consultation;
	}

	private String download(ConsultationId consultation, String name, String language) {
		var email = Fixtures.unique(name).replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "@retirant.example";
		var created = new WebVisitor(port).postJson("/api/v1/consultations/" + consultation.value() + "/downloads", """
				{"documents": [], "downloader": {"givenName": "%s", "familyName": "Martin", "company": "Ascenseurs",
				 "email": "%s", "language": "%s"}}""".formatted(name, email, language));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return email;
	}

	private int extensionsOf(ConsultationId consultation) {
		return jdbc.queryForObject("select count(*) from evidence.deadline_extension where consultation_id = ?", Integer.class,
				consultation.value());
	}

	private WebVisitor buyerOf(PurchasingEntityId entity) {
		return buyer(entity).visitor;
	}

	private record Buyer(AccountId accountId, WebVisitor visitor) {
	}

	private Buyer buyer(PurchasingEntityId entity) {
		var email = Fixtures.unique("acheteur").replace(' ', '-') + "@entite.example";
		var account = accounts.open(new NewAccount(email, PASSWORD, "Claire", "Martin", null, Set.of()));
		organisations.appoint(entity, account, Set.of(AgentRole.BUYER));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);
		visitor.get("/");
		return new Buyer(account, visitor);
	}

	private WebVisitor supplier() {
		var email = Fixtures.unique("fournisseur").replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "@fournisseur.example";
		accounts.open(new NewAccount(email, PASSWORD, "Paul", "Petit", null, Set.of(Role.SUPPLIER_MEMBER)));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);
		visitor.get("/");
		return visitor;
	}

	private AvailabilityProbe probe(URI web) {
		// the deposit check goes where the web check goes
		return Probes.probe(dataSource, blobs, probeSetup, probeOpeningKeys, web, URI.create(web.toString().replace("/verifier", "")),
				Duration.ofHours(1));
	}
}
