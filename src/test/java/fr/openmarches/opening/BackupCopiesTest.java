package fr.openmarches.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.award.AwardFixtures;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Backup copies over HTTP: registered by the buyer with their time of receipt, opened by a commission
 * member only when received in time and only in a legal case the electronic deposit bears out; the
 * decision written once; strangers and forged forms kept out.
 */
@IntegrationTest
class BackupCopiesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OpeningDesk desk;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aBackupCopyReceivedInTimeOpensOnlyInALegalCaseBorneOutByTheElectronicDeposit() throws Exception {
		var closed = AwardFixtures.closed(context, port);
		var deadline = consultations.summaries(List.of(closed.consultation())).get(closed.consultation()).depositDeadline();
		var buyer = AwardFixtures.signedIn(port, closed.buyer().email(), Buyers.PASSWORD);
		var api = "/api/v1/buyer/consultations/" + closed.consultation() + "/backup-copies";

		var inTime = buyer.send("POST", api, "application/json", json("""
				{"companyName": "%s", "siret": "", "medium": "PHYSICAL_MEDIUM", "receivedAt": "%s"}"""
			.formatted(closed.firstCompany(), deadline.minus(Duration.ofHours(2)))), true);
		assertThat(inTime.status()).as(inTime.body()).isEqualTo(201);
		assertThat(JsonPath.<Boolean>read(inTime.body(), "$.inTime")).isTrue();
		String copy = JsonPath.read(inTime.body(), "$.id");
		var late = buyer.send("POST", api, "application/json", json("""
				{"companyName": "%s", "medium": "PAPER", "receivedAt": "%s"}"""
			.formatted(closed.secondCompany(), deadline.plus(Duration.ofMinutes(5)))), true);
		assertThat(JsonPath.<Boolean>read(late.body(), "$.inTime")).isFalse();
		String lateCopy = JsonPath.read(late.body(), "$.id");
		assertThat(status(buyer.send("POST", api, "application/json", json("""
				{"companyName": "X", "siret": "12345678901234", "medium": "PAPER", "receivedAt": "%s"}""".formatted(deadline)), true)))
			.isEqualTo("400 INVALID_SIRET");
		assertThat(status(buyer.send("POST", api, "application/json", json("""
				{"companyName": "X", "medium": "PAPER", "receivedAt": "%s"}""".formatted(clock.instant().plus(Duration.ofDays(1)))), true)))
			.as("received tomorrow").isEqualTo("400 INVALID_BACKUP");

		var opening = api + "/" + copy + "/opening";
		assertThat(status(buyer.send("POST", opening, "application/json", json("""
				{"legalCase": "MALWARE", "deposit": "%s", "explanation": "Virus"}""".formatted(closed.firstDeposit())), true)))
			.as("the buyer is no commission member").isEqualTo("403 NOT_A_MEMBER");

		var memberAccount = desk.view(closed.buyer().account(), closed.consultation()).commission().getFirst().account();
		var member = AwardFixtures.signedIn(port, accounts.find(memberAccount).orElseThrow().email(), OpeningFixtures.MEMBER_PASSWORD);
		assertThat(status(member.send("POST", api + "/" + lateCopy + "/opening", "application/json", json("""
				{"legalCase": "NOT_RECEIVED", "explanation": "Pli absent"}"""), true))).isEqualTo("409 BACKUP_LATE");
		assertThat(status(member.send("POST", opening, "application/json", json("""
				{"legalCase": "NOT_RECEIVED", "deposit": "%s", "explanation": "Pli absent"}""".formatted(closed.firstDeposit())), true)))
			.as("its electronic deposit arrived in time").isEqualTo("409 BACKUP_CASE_NOT_MET");
		assertThat(status(member.send("POST", opening, "application/json", json("""
				{"legalCase": "NOT_OPENABLE", "deposit": "%s", "explanation": "Illisible"}""".formatted(closed.firstDeposit())), true)))
			.as("none of its pieces failed to open").isEqualTo("409 BACKUP_CASE_NOT_MET");
		assertThat(status(member.send("POST", opening, "application/json", json("""
				{"legalCase": "MALWARE", "deposit": "%s", "explanation": "  "}""".formatted(closed.firstDeposit())), true)))
			.isEqualTo("400 INVALID_REASON");
		assertThat(JsonPath.<List<Object>>read(buyer.send("GET", api, null, null, false).body(), "$[*].openedAt"))
			.as("nothing recorded by the refusals").containsOnlyNulls();

		var opened = member.send("POST", opening, "application/json", json("""
				{"legalCase": "MALWARE", "deposit": "%s", "explanation": "L’antivirus signale Trojan.Generic dans offre.pdf"}"""
			.formatted(closed.firstDeposit())), true);
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(opened.body(), "$.openingCase")).isEqualTo("MALWARE");
		assertThat(JsonPath.<String>read(opened.body(), "$.openedBy")).isEqualTo(memberAccount.toString());
		assertThat(status(member.send("POST", opening, "application/json", json("""
				{"legalCase": "MALWARE", "deposit": "%s", "explanation": "encore"}""".formatted(closed.firstDeposit())), true)))
			.isEqualTo("409 ALREADY_OPENED");

		var page = buyer.get("/acheteur/consultations/" + closed.consultation() + "/ouverture").body();
		assertThat(page).contains("Copies de sauvegarde", "Ouverte (Programme malveillant détecté dans le pli électronique)",
				"Trojan.Generic", "hors délai");
		var stranger = AwardFixtures.signedIn(port, Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Entité d’à côté"), "13"), AgentRole.BUYER).email(), Buyers.PASSWORD);
		assertThat(stranger.send("GET", api, null, null, false).status()).isEqualTo(404);
		assertThat(stranger.send("POST", api, "application/json", json("""
				{"companyName": "Intrus", "medium": "PAPER", "receivedAt": "%s"}""".formatted(deadline)), true).status()).isEqualTo(404);
		var forged = buyer.postExactly("/acheteur/consultations/" + closed.consultation() + "/ouverture/copies-de-sauvegarde",
				Map.of("companyName", "Sans jeton", "medium", "PAPER", "receivedAt", "2026-01-01T10:00"));
		assertThat(forged.status()).as("a form without its CSRF token").isEqualTo(403);
		buyer.get("/acheteur/consultations/" + closed.consultation() + "/ouverture");
		var typed = buyer.post("/acheteur/consultations/" + closed.consultation() + "/ouverture/copies-de-sauvegarde",
				Map.of("companyName", "Menuiserie du Port", "siret", "", "medium", "PAPER", "receivedAt", "2026-01-01T10:00"));
		assertThat(typed.status()).isEqualTo(302);
		assertThat(JsonPath.<List<String>>read(buyer.send("GET", api, null, null, false).body(), "$[*].companyName"))
			.containsExactly("Menuiserie du Port", closed.firstCompany(), closed.secondCompany());
	}

	private static String status(WebVisitor.Page page) {
		return page.status() + " " + (page.body().contains("\"reason\"") ? JsonPath.read(page.body(), "$.reason") : "");
	}

	private static byte[] json(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}
}
