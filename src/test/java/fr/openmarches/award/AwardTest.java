package fr.openmarches.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.opendata.Contracts;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The analysis and the decision over HTTP, on an open tender whose two offers are opened: criteria,
 * scores and ranking; the decision's rules; the letters mailed and their PDFs; the notification date
 * recorded at the first opening only; strangers kept out.
 */
@IntegrationTest
@RecordApplicationEvents
class AwardTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theBuyerScoresRanksAwardsAndTheLosingCompanyIsNotifiedWhenItFirstOpensItsLetter() throws Exception {
		var opened = AwardFixtures.closed(context, port);
		var buyer = AwardFixtures.signedIn(port, opened.buyer().email(), Buyers.PASSWORD);
		var api = "/api/v1/buyer/consultations/" + opened.consultation() + "/analysis";

		// criteria may be set before the opening; scores may not
		assertThat(status(buyer.send("PUT", api + "/lots/0/criteria", "application/json", json("""
				{"criteria": [{"kind": "PRICE", "label": "Prix", "weight": 40, "maxScore": 20},
				              {"kind": "TECHNICAL", "label": "Valeur technique", "weight": 50, "maxScore": 20}]}"""), true)))
			.isEqualTo("400 WEIGHTS_SUM");
		var wrong = buyer.send("PUT", api + "/lots/0/criteria", "application/json", json("""
				{"criteria": [{"kind": "PRICE", "label": "Prix", "weight": 40, "maxScore": 20},
				              {"kind": "TECHNICAL", "label": "Valeur technique", "weight": 50, "maxScore": 20}]}"""), true);
		assertThat(wrong.body()).contains("font 90");
		var criteria = buyer.send("PUT", api + "/lots/0/criteria", "application/json", json("""
				{"criteria": [{"kind": "PRICE", "label": "Prix", "weight": 40, "maxScore": 20},
				              {"kind": "TECHNICAL", "label": "Valeur technique", "weight": 60, "maxScore": 20}]}"""), true);
		assertThat(criteria.status()).as(criteria.body()).isEqualTo(200);
		assertThat(JsonPath.<List<Integer>>read(criteria.body(), "$[*].weight")).containsExactly(40, 60);
		var scores = """
				{"assessments": [{"deposit": "%s", "amount": 10000, "scores": {"1": 12}, "comment": "Mémoire solide"},
				                 {"deposit": "%s", "amount": 8000, "scores": {"1": 10}}]}"""
			.formatted(opened.firstDeposit(), opened.secondDeposit());
		assertThat(status(buyer.send("PUT", api + "/lots/0/scores", "application/json", json(scores), true)))
			.isEqualTo("409 NOT_OPENED");
		assertThat(status(post(buyer, api + "/lots/0/decision", "{\"outcome\": \"UNSUCCESSFUL\", \"reason\": \"x\"}")))
			.as("no decision before the opening").isEqualTo("409 NOT_OPENED");

		AwardFixtures.open(context, opened);
		assertThat(status(buyer.send("PUT", api + "/lots/0/scores", "application/json", json("""
				{"assessments": [{"deposit": "%s", "amount": 10000, "scores": {"1": 21}}]}""".formatted(opened.firstDeposit())), true)))
			.isEqualTo("400 SCORE_OUT_OF_RANGE");
		assertThat(status(buyer.send("PUT", api + "/lots/0/scores", "application/json", json("""
				{"assessments": [{"deposit": "%s", "amount": 10000}]}""".formatted(UUID.randomUUID())), true)))
			.isEqualTo("400 NOT_ADMITTED");
		var ranked = buyer.send("PUT", api + "/lots/0/scores", "application/json", json(scores), true);
		assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
		// first: price 20 × 8000/10000 = 16 → 32, value 60 × 12/20 = 36 → 68; second: 40 + 30 = 70
		assertThat(JsonPath.<List<String>>read(ranked.body(), "$[*].deposit"))
			.containsExactly(opened.secondDeposit().toString(), opened.firstDeposit().toString());
		assertThat(JsonPath.<List<Double>>read(ranked.body(), "$[*].total")).containsExactly(70.0, 68.0);
		assertThat(JsonPath.<List<Integer>>read(buyer.send("GET", api + "/lots/0/ranking", null, null, false).body(), "$[*].rank"))
			.containsExactly(1, 2);
		assertThat(buyer.get("/acheteur/consultations/" + opened.consultation() + "/analyse").body())
			.contains("Analyse et attribution", opened.firstCompany(), "Mémoire solide", "70.00", "68.00");

		// only a bid ranked first; then once
		assertThat(status(post(buyer, api + "/lots/0/decision",
				"{\"outcome\": \"AWARDED\", \"deposit\": \"" + opened.firstDeposit() + "\"}"))).isEqualTo("409 NOT_FIRST");
		assertThat(status(post(buyer, api + "/lots/0/decision", "{\"outcome\": \"UNSUCCESSFUL\", \"reason\": \" \"}")))
			.isEqualTo("400 REASON_REQUIRED");
		// decided on this thread, so that the test records the event the decision publishes
		var decided = context.getBean(Analysis.class).award(opened.buyer().account(), opened.consultation(), 0,
				opened.secondDeposit());
		assertThat(decided.companyName()).isEqualTo(opened.secondCompany());
		var decision = JsonPath.parse(buyer.send("GET", api, null, null, false).body());
		assertThat(decision.<String>read("$.lots[0].decision.outcome")).isEqualTo("AWARDED");
		assertThat(decision.<String>read("$.lots[0].decision.decidedBy")).isEqualTo(opened.buyer().account().toString());
		assertThat(decision.<Double>read("$.lots[0].decision.total")).isEqualTo(70.0);
		assertThat(status(post(buyer, api + "/lots/0/decision", "{\"outcome\": \"UNSUCCESSFUL\", \"reason\": \"Trop tard\"}")))
			.isEqualTo("409 ALREADY_DECIDED");
		assertThat(consultations.summaries(List.of(opened.consultation())).get(opened.consultation()).state())
			.isEqualTo(ConsultationState.AWARDED);
		assertThat(events.stream(LotAwarded.class)).singleElement().satisfies(e -> {
			assertThat(e.consultation()).isEqualTo(opened.consultation());
			assertThat(e.lot()).isNull();
			assertThat(e.depositId()).isEqualTo(opened.secondDeposit());
			assertThat(e.companyName()).isEqualTo(opened.secondCompany());
			assertThat(e.amount()).isEqualByComparingTo("8000");
			assertThat(e.siren()).hasSize(9);
			assertThat(e.siret()).hasSize(14).startsWith(e.siren());
		});

		// the letters: mailed to each company's members, a PDF in each company's space
		var rejectionMail = await().atMost(Duration.ofSeconds(10))
			.until(() -> mailbox.receivedBy(opened.first().email()).stream()
				.filter(m -> m.subject().startsWith("Rejet de votre offre")).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(rejectionMail.attachments()).as("the letter is read on the platform").isEmpty();
		assertThat(rejectionMail.text()).contains("/mon-espace/messages/");
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(opened.second().email()).stream()
			.anyMatch(m -> m.subject().startsWith("Notification d’attribution")));

		var letters = buyer.send("GET", api + "/letters", null, null, false);
		assertThat(JsonPath.<List<String>>read(letters.body(), "$[*].kind")).containsExactlyInAnyOrder("AWARD", "REJECTION");
		assertThat(JsonPath.<List<Object>>read(letters.body(), "$[*].firstOpenedAt")).containsOnlyNulls();
		String rejection = JsonPath.<List<String>>read(letters.body(), "$[?(@.kind == 'REJECTION')].id").getFirst();
		String award = JsonPath.<List<String>>read(letters.body(), "$[?(@.kind == 'AWARD')].id").getFirst();
		assertThat(JsonPath.<List<String>>read(letters.body(), "$[?(@.kind == 'REJECTION')].standstillEndsOn").getFirst())
			.isEqualTo(java.time.LocalDate.ofInstant(clock.instant(), fr.openmarches.platform.LegalTime.ZONE).plusDays(11).toString());

		var pdf = buyer.download(api + "/letters/" + rejection + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.bytes())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Lettre de rejet", opened.firstCompany(), "rang 2 sur 2", "68.00/100",
					"Attributaire : " + opened.secondCompany(), "70.00 / 100", "R2182-1", "11 jours", "référé précontractuel",
					"Valeur technique (60 %, sur 20) : votre offre : 12 — offre retenue : 10");
			assertThat(document.getSignatureDictionaries()).as("sealed by the platform").hasSize(1);
		}

		// the losing company's member opens the letter: the notification date, once
		var loser = AwardFixtures.signedIn(port, opened.first().email(), CompanyFixtures.PASSWORD);
		var winner = AwardFixtures.signedIn(port, opened.second().email(), CompanyFixtures.PASSWORD);
		assertThat(winner.get("/mon-espace/messages/" + rejection).status()).as("another company's letter").isEqualTo(404);
		assertThat(winner.send("GET", "/api/v1/my-company/messages/" + rejection, null, null, false).status()).isEqualTo(404);
		assertThat(buyer.get("/mon-espace/messages/" + rejection).status()).isEqualTo(403);
		assertThat(JsonPath.<List<Object>>read(buyer.send("GET", api + "/letters", null, null, false).body(), "$[*].firstOpenedAt"))
			.as("nobody opened it yet").containsOnlyNulls();
		var list = loser.get("/mon-espace/messages");
		assertThat(list.body()).contains("Rejet de votre offre", "Nouveau").doesNotContain("Notification d’attribution");
		var before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		var page = loser.get("/mon-espace/messages/" + rejection);
		var after = clock.instant();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Notifié le", "lettre.pdf");
		var firstOpening = Instant.parse(JsonPath.<List<String>>read(buyer.send("GET", api + "/letters", null, null, false).body(),
				"$[?(@.kind == 'REJECTION')].firstOpenedAt").getFirst());
		assertThat(firstOpening).isBetween(before, after);
		clock.advance(Duration.ofHours(5));
		var again = loser.send("GET", "/api/v1/my-company/messages/" + rejection, null, null, false);
		assertThat(Instant.parse(JsonPath.read(again.body(), "$.firstOpenedAt"))).as("later openings change nothing")
			.isEqualTo(firstOpening);
		var seen = buyer.send("GET", api + "/letters", null, null, false).body();
		assertThat(Instant.parse(JsonPath.<List<String>>read(seen, "$[?(@.kind == 'REJECTION')].firstOpenedAt").getFirst()))
			.isEqualTo(firstOpening);
		assertThat(JsonPath.<List<Object>>read(seen, "$[?(@.kind == 'AWARD')].firstOpenedAt").getFirst()).isNull();
		assertThat(loser.download("/mon-espace/messages/" + rejection + "/lettre.pdf").status()).isEqualTo(200);
		assertThat(winner.download("/api/v1/my-company/messages/" + award + "/pdf").status()).isEqualTo(200);
		assertThat(buyer.get("/acheteur/consultations/" + opened.consultation() + "/analyse").body()).contains(
				java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
					.format(firstOpening.atZone(fr.openmarches.platform.LegalTime.ZONE)));

		// the award started the contract record (opendata): the holder and amount, then the winner's first
		// opening of its notification as the date of notification
		var contracts = context.getBean(Contracts.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> contracts.ofConsultation(opened.buyer().account(),
				opened.consultation()).stream().anyMatch(c -> c.terms().notifiedOn() != null));
		var contract = contracts.ofConsultation(opened.buyer().account(), opened.consultation()).getFirst();
		assertThat(contract.terms().amount()).isEqualByComparingTo("8000");
		assertThat(contract.terms().holders()).singleElement()
			.satisfies(holder -> assertThat(holder.name()).isEqualTo(opened.secondCompany()));
		assertThat(contract.terms().notifiedOn())
			.isEqualTo(java.time.LocalDate.ofInstant(clock.instant(), fr.openmarches.platform.LegalTime.ZONE));
	}

	@Test
	void strangersReadNothingAndChangeNothingAndWritesNeedTheCsrfToken() throws Exception {
		var opened = AwardFixtures.opened(context, port);
		var api = "/api/v1/buyer/consultations/" + opened.consultation() + "/analysis";
		var otherEntity = Fixtures.newEntity(organisations, Fixtures.unique("Entité voisine"), "75");
		var other = Buyers.appointed(accounts, organisations, otherEntity, AgentRole.BUYER);
		var stranger = AwardFixtures.signedIn(port, other.email(), Buyers.PASSWORD);
		var criteria = "{\"criteria\": [{\"kind\": \"TECHNICAL\", \"label\": \"Valeur\", \"weight\": 100, \"maxScore\": 10}]}";
		assertThat(stranger.send("GET", api, null, null, false).status()).isEqualTo(404);
		assertThat(stranger.send("PUT", api + "/lots/0/criteria", "application/json", json(criteria), true).status()).isEqualTo(404);
		assertThat(stranger.get("/acheteur/consultations/" + opened.consultation() + "/analyse").status()).isEqualTo(404);
		assertThat(stranger.post("/acheteur/consultations/" + opened.consultation() + "/analyse/lots/0/criteres",
				java.util.Map.of("label0", "Valeur", "weight0", "100", "kind0", "TECHNICAL")).status()).isIn(302, 404);
		var supplier = AwardFixtures.signedIn(port, opened.first().email(), CompanyFixtures.PASSWORD);
		assertThat(supplier.send("GET", api, null, null, false).status()).isEqualTo(403);
		assertThat(new WebVisitor(port).send("GET", api, null, null, false).status()).isEqualTo(401);

		var buyer = AwardFixtures.signedIn(port, opened.buyer().email(), Buyers.PASSWORD);
		assertThat(buyer.send("PUT", api + "/lots/0/criteria", "application/json", json(criteria), false).status())
			.as("without the CSRF token").isEqualTo(403);
		assertThat(JsonPath.<List<Object>>read(buyer.send("GET", api, null, null, false).body(), "$.lots[0].criteria"))
			.as("nothing changed").isEmpty();
		assertThat(JsonPath.<List<String>>read(buyer.send("GET", api, null, null, false).body(), "$.lots[0].bids[*].deposit"))
			.containsExactly(opened.firstDeposit().toString(), opened.secondDeposit().toString());

		// the form: criteria, then a request for documents reaching the company's space
		var saved = buyer.post("/acheteur/consultations/" + opened.consultation() + "/analyse/lots/0/criteres",
				java.util.Map.of("kind0", "TECHNICAL", "label0", "Valeur technique", "weight0", "70", "max0", "20",
						"kind1", "PRICE", "label1", "Prix", "weight1", "30", "max1", "10"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(JsonPath.<List<String>>read(buyer.send("GET", api + "/lots/0/criteria", null, null, false).body(), "$[*].kind"))
			.containsExactly("TECHNICAL", "PRICE");
		assertThat(status(post(buyer, api + "/lots/0/document-requests", """
				{"deposit": "%s", "text": "Attestation d’assurance", "replyBy": "%s"}"""
			.formatted(opened.firstDeposit(), clock.instant().minusSeconds(60))))).isEqualTo("400 DEADLINE_PAST");
		var asked = post(buyer, api + "/lots/0/document-requests", """
				{"deposit": "%s", "text": "Attestation d’assurance", "replyBy": "%s"}"""
			.formatted(opened.firstDeposit(), clock.instant().plus(Duration.ofDays(5))));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		var messages = supplier.send("GET", "/api/v1/my-company/messages", null, null, false);
		assertThat(JsonPath.<List<String>>read(messages.body(), "$[*].kind")).containsExactly("DOCUMENT_REQUEST");
		assertThat(AwardFixtures.signedIn(port, opened.second().email(), CompanyFixtures.PASSWORD)
			.send("GET", "/api/v1/my-company/messages", null, null, false).body()).isEqualTo("[]");
		assertThat(supplier.get("/mon-espace/messages/" + JsonPath.read(asked.body(), "$.id")).body())
			.contains("Attestation d’assurance", "À fournir avant le");

		// declared unsuccessful through the API: every bidder is told why
		assertThat(post(stranger, api + "/lots/0/decision", "{\"outcome\": \"UNSUCCESSFUL\", \"reason\": \"x\"}").status())
			.isEqualTo(404);
		var unsuccessful = post(buyer, api + "/lots/0/decision",
				"{\"outcome\": \"UNSUCCESSFUL\", \"reason\": \"Offres inacceptables\"}");
		assertThat(unsuccessful.status()).as(unsuccessful.body()).isEqualTo(201);
		assertThat(consultations.summaries(List.of(opened.consultation())).get(opened.consultation()).state())
			.isEqualTo(ConsultationState.UNSUCCESSFUL);
		assertThat(JsonPath.<List<String>>read(supplier.send("GET", "/api/v1/my-company/messages", null, null, false).body(),
				"$[*].kind")).containsExactlyInAnyOrder("DOCUMENT_REQUEST", "UNSUCCESSFUL");
		assertThat(status(post(buyer, api + "/lots/0/decision", "{\"outcome\": \"UNSUCCESSFUL\", \"reason\": \"encore\"}")))
			.isEqualTo("409 ALREADY_DECIDED");
	}

	private static String status(WebVisitor.Page page) {
		return page.status() + " " + (page.body().contains("\"reason\"") ? JsonPath.read(page.body(), "$.reason") : "");
	}

	private static WebVisitor.Page post(WebVisitor visitor, String path, String json) {
		return visitor.send("POST", path, "application/json", json(json), true);
	}

	private static byte[] json(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}
}
