package fr.openmarches.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.Multipart;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A request for missing documents answered through the platform: the company sends a text and files,
 * the buyer who asked is mailed and downloads them from the analysis; a late answer is kept and
 * flagged; other companies, other entities and forged forms are kept out.
 */
@IntegrationTest
class DocumentRepliesTest {

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
	DevelopmentMailbox mailbox;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theCompanyAnswersARequestForDocumentsWithFilesTheBuyerDownloads() throws Exception {
		var opened = AwardFixtures.opened(context, port);
		var request = context.getBean(Analysis.class).requestDocuments(opened.buyer().account(), opened.consultation(), 0,
				opened.firstDeposit(), "Votre attestation d’assurance et le Kbis", clock.instant().plus(Duration.ofDays(2)));
		var buyer = AwardFixtures.signedIn(port, opened.buyer().email(), Buyers.PASSWORD);
		var company = AwardFixtures.signedIn(port, opened.first().email(), CompanyFixtures.PASSWORD);
		var other = AwardFixtures.signedIn(port, opened.second().email(), CompanyFixtures.PASSWORD);
		var replies = "/api/v1/my-company/messages/" + request.id() + "/replies";
		var insurance = "Attestation d’assurance 2026".getBytes(StandardCharsets.UTF_8);
		var kbis = "%PDF-1.7 Extrait Kbis".getBytes(StandardCharsets.UTF_8);

		assertThat(status(send(company, replies, new Multipart().field("text", " ")))).isEqualTo("400 EMPTY_REPLY");
		assertThat(send(other, replies, new Multipart().field("text", "Intrus")).status()).as("another company's request")
			.isEqualTo(404);
		assertThat(send(buyer, replies, new Multipart().field("text", "x")).status()).isEqualTo(403);

		var sent = send(company, replies, new Multipart().field("text", "Voici les deux pièces.")
			.file("files", "assurance.txt", insurance).file("files", "../../kbis.pdf", kbis));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		assertThat(JsonPath.<Boolean>read(sent.body(), "$.late")).isFalse();
		assertThat(JsonPath.<List<String>>read(sent.body(), "$.files[*].fileName")).containsExactly("assurance.txt", "kbis.pdf");
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(opened.buyer().email()).stream()
			.anyMatch(m -> m.subject().startsWith("Réponse à votre demande de pièces")));

		var api = "/api/v1/buyer/consultations/" + opened.consultation() + "/analysis/document-replies";
		var listed = buyer.send("GET", api, null, null, false).body();
		String reply = JsonPath.<List<String>>read(listed, "$[*].id").getFirst();
		assertThat(JsonPath.<List<String>>read(listed, "$[*].text")).containsExactly("Voici les deux pièces.");
		assertThat(buyer.download(api + "/" + reply + "/files/1").bytes()).isEqualTo(kbis);
		assertThat(buyer.download("/acheteur/consultations/" + opened.consultation() + "/analyse/reponses/" + reply + "/0").bytes())
			.isEqualTo(insurance);
		assertThat(buyer.get("/acheteur/consultations/" + opened.consultation() + "/analyse").body())
			.contains("Voici les deux pièces.", "assurance.txt", "kbis.pdf");
		var stranger = AwardFixtures.signedIn(port, Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Entité tierce"), "33"), AgentRole.BUYER).email(), Buyers.PASSWORD);
		assertThat(stranger.download(api + "/" + reply + "/files/1").status()).isEqualTo(404);
		assertThat(buyer.download(api + "/" + reply + "/files/7").status()).isEqualTo(404);

		// after the deadline: kept, and flagged
		clock.advance(Duration.ofDays(3));
		var late = send(company, replies, new Multipart().file("files", "rib.txt", "RIB".getBytes(StandardCharsets.UTF_8)));
		assertThat(JsonPath.<Boolean>read(late.body(), "$.late")).isTrue();
		var page = company.get("/mon-espace/messages/" + request.id()).body();
		assertThat(page).contains("Votre réponse", "après la date limite", "rib.txt");
		var form = new Multipart().field("text", "Sans jeton");
		assertThat(company.send("POST", "/mon-espace/messages/" + request.id() + "/reponse", form.contentType(), form.bytes(), false)
			.status()).as("a form without its CSRF token").isEqualTo(403);
		assertThat(JsonPath.<List<Object>>read(company.send("GET", replies, null, null, false).body(), "$[*].id")).hasSize(2);
	}

	private static WebVisitor.Page send(WebVisitor visitor, String path, Multipart body) {
		return visitor.send("POST", path, body.contentType(), body.bytes(), true);
	}

	private static String status(WebVisitor.Page page) {
		return page.status() + " " + (page.body().contains("\"reason\"") ? JsonPath.read(page.body(), "$.reason") : "");
	}
}
