package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.Multipart;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The buyer API from draft to cancellation, as a script would call it with the session and the
 * CSRF header: every answer, and the problem details when the state does not allow an action.
 */
@IntegrationTest
class BuyerConsultationApiTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	MutableClock clock;

	PurchasingEntityId entity;

	WebVisitor api;

	String marker;

	@BeforeEach
	void aBuyerSignedIn() {
		marker = Fixtures.unique("API").replace(" ", "");
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité API acheteur"), "31");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.ENTITY_ADMINISTRATOR);
		api = new WebVisitor(port);
		api.signIn(buyer.email(), Buyers.PASSWORD);
		api.get("/mon-espace");
	}

	@Test
	void aConsultationFromDraftToCancellation() {
		var created = call("POST", "/api/v1/buyer/consultations", json("""
				{"purchasingEntity": "%s", "reference": "%s", "title": "Maintenance des ascenseurs",
				 "object": "Maintenance préventive et corrective.", "procedure": "OPEN_TENDER", "category": "SERVICES",
				 "mainCpv": "50750000", "additionalCpv": ["50000000"],
				 "lots": [{"title": "Site nord", "estimatedValue": 150000}, {"title": "Site sud", "cpv": "50750000",
				           "estimatedValue": 90000}],
				 "department": "31", "questionsDeadline": "2031-01-05T12:00:00+01:00",
				 "depositDeadline": "2031-01-15T12:00:00+01:00", "envelopes": ["APPLICATION", "OFFER"],
				 "signatureRequired": true}""".formatted(entity, marker)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.consultation.id");
		assertThat(created.header("Location")).endsWith("/api/v1/buyer/consultations/" + id);
		assertThat(JsonPath.<String>read(created.body(), "$.consultation.state")).isEqualTo("DRAFT");
		assertThat(JsonPath.<String>read(created.body(), "$.consultation.mainCpv.label"))
			.isEqualTo("Services d'entretien d'ascenseurs");
		assertThat(JsonPath.<String>read(created.body(), "$.consultation.depositDeadline"))
			.isEqualTo("2031-01-15T12:00:00+01:00");
		assertThat(JsonPath.<List<String>>read(created.body(), "$.actions"))
			.containsExactlyInAnyOrder("REVISE", "CHANGE_DOCUMENTS", "PUBLISH", "CANCEL");
		assertThat(JsonPath.<List<String>>read(created.body(), "$.publication.missing[*].requirement"))
			.containsExactly("RULES", "NOTICE", "OPENING_KEY");
		assertThat(JsonPath.<Boolean>read(created.body(), "$.publication.euPublication"))
			.as("240 000 € of services of an agency: above 216 000 €").isTrue();
		var base = "/api/v1/buyer/consultations/" + id;

		var refused = api.send("POST", base + "/publication", null, null, true);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(JsonPath.<List<String>>read(refused.body(), "$.missing[*].requirement"))
			.containsExactly("RULES", "NOTICE", "OPENING_KEY");
		assertThat(refused.body()).contains("Le règlement de la consultation (RC) n’est pas joint.");

		var revised = call("PUT", base, json("""
				{"reference": "%s", "title": "Maintenance des ascenseurs et monte-charges",
				 "object": "Maintenance préventive et corrective.", "procedure": "OPEN_TENDER", "category": "SERVICES",
				 "mainCpv": "50750000", "lots": [{"title": "Tous les sites"}], "estimatedValue": 100000,
				 "depositDeadline": "2031-01-15T12:00:00+01:00", "envelopes": ["OFFER"]}""".formatted(marker)));
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(revised.body(), "$.consultation.title"))
			.isEqualTo("Maintenance des ascenseurs et monte-charges");
		assertThat(JsonPath.<List<String>>read(revised.body(), "$.consultation.lots[*].title")).containsExactly("Tous les sites");
		assertThat(JsonPath.<Boolean>read(revised.body(), "$.publication.euPublication")).isFalse();

		var rules = attach(base, "RULES", "RC.pdf");
		assertThat(rules.status()).isEqualTo(201);
		assertThat(JsonPath.<String>read(rules.body(), "$.kind")).isEqualTo("RULES");
		assertThat(JsonPath.<Integer>read(rules.body(), "$.size")).isEqualTo(12);
		assertThat(attach(base, "NOTICE", "avis.pdf").status()).isEqualTo(201);
		String cctp = JsonPath.read(attach(base, "PIECE", "CCTP.pdf").body(), "$.id");
		var paper = call("POST", base + "/documents/paper",
				json("{\"title\": \"Plans\", \"howToObtain\": \"À l'accueil\"}"));
		assertThat(paper.status()).isEqualTo(201);
		assertThat(JsonPath.<Boolean>read(paper.body(), "$.dematerialised")).isFalse();
		String plans = JsonPath.read(paper.body(), "$.id");
		assertThat(api.send("DELETE", base + "/documents/" + plans, null, null, true).status()).isEqualTo(204);

		OpeningFixtures.prepare(new ConsultationId(UUID.fromString(id)));
		var published = api.send("POST", base + "/publication", null, null, true);
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(published.body(), "$.consultation.state")).isEqualTo("PUBLISHED");
		assertThat(JsonPath.<List<String>>read(published.body(), "$.actions"))
			.containsExactlyInAnyOrder("PUBLISH_CHANGE", "CANCEL");
		assertThat(api.send("DELETE", base + "/documents/" + cctp, null, null, true).status())
			.as("a public consultation's document goes only through a change")
			.isEqualTo(409);
		assertThat(call("PUT", base, json("{\"title\": \"Trop tard\"}")).status()).isEqualTo(409);

		var change = new Multipart().field("reason", "Le CCTP précise les horaires d'intervention.")
			.field("replacedDocument", cctp)
			.file("replacement", "CCTP-B.pdf", "%PDF CCTP B".getBytes(StandardCharsets.UTF_8))
			.file("addedPiece", "Annexe.pdf", "%PDF annexe".getBytes(StandardCharsets.UTF_8));
		var changed = api.send("POST", base + "/changes", change.contentType(), change.bytes(), true);
		assertThat(changed.status()).as(changed.body()).isEqualTo(201);
		assertThat(JsonPath.<Integer>read(changed.body(), "$.number")).isEqualTo(1);
		assertThat(JsonPath.<List<String>>read(changed.body(), "$.documents[*].type")).containsExactly("REPLACED", "ADDED");
		assertThat(JsonPath.<String>read(changed.body(), "$.documents[0].previous.id")).isEqualTo(cctp);
		assertThat(JsonPath.<Integer>read(changed.body(), "$.documents[0].previous.removedIn")).isEqualTo(1);

		var unpaired = new Multipart().field("reason", "Sans fichier").field("replacedDocument", cctp);
		assertThat(api.send("POST", base + "/changes", unpaired.contentType(), unpaired.bytes(), true).status())
			.isEqualTo(400);

		var publicOne = new WebVisitor(port).send("GET", "/api/v1/consultations/" + id, null, null, false);
		assertThat(JsonPath.<List<String>>read(publicOne.body(), "$.documents[*].fileName"))
			.containsExactly("RC.pdf", "avis.pdf", "CCTP-B.pdf", "Annexe.pdf");
		assertThat(JsonPath.<String>read(publicOne.body(), "$.changes[0].reason"))
			.isEqualTo("Le CCTP précise les horaires d'intervention.");

		var list = api.send("GET", "/api/v1/buyer/consultations?q=" + marker, null, null, false);
		assertThat(JsonPath.<Integer>read(list.body(), "$.totalItems")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(list.body(), "$.countByState.PUBLISHED")).isEqualTo(1);

		assertThat(call("POST", base + "/cancellation", json("{\"reason\": \" \"}")).status())
			.isEqualTo(400);
		var cancelled = call("POST", base + "/cancellation",
				json("{\"reason\": \"Le besoin a disparu.\"}"));
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(cancelled.body(), "$.consultation.cancellationReason"))
			.isEqualTo("Le besoin a disparu.");
		assertThat(JsonPath.<List<String>>read(cancelled.body(), "$.actions")).isEmpty();
		var again = call("POST", base + "/cancellation", json("{\"reason\": \"Encore\"}"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(again.body(), "$.state")).isEqualTo("CANCELLED");
	}

	@Test
	void nothingChangesOnceTheDeadlineHasPassed() {
		var created = call("POST", "/api/v1/buyer/consultations", json("""
				{"purchasingEntity": "%s", "reference": "TARD-%s", "title": "Tard", "object": "Objet",
				 "procedure": "MAPA", "category": "SUPPLIES", "mainCpv": "30192000",
				 "depositDeadline": "%s", "envelopes": ["OFFER"]}"""
			.formatted(entity, marker, clock.instant().plus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC))));
		String id = JsonPath.read(created.body(), "$.consultation.id");
		var base = "/api/v1/buyer/consultations/" + id;
		String rules = JsonPath.read(attach(base, "RULES", "RC.pdf").body(), "$.id");
		OpeningFixtures.prepare(new ConsultationId(UUID.fromString(id)));
		assertThat(api.send("POST", base + "/publication", null, null, true).status()).isEqualTo(200);
		clock.advance(Duration.ofDays(3));
		try {
			var change = new Multipart().field("reason", "Trop tard").field("replacedDocument", rules)
				.file("replacement", "RC-B.pdf", "%PDF B".getBytes(StandardCharsets.UTF_8));
			var refused = api.send("POST", base + "/changes", change.contentType(), change.bytes(), true);
			assertThat(refused.status()).as("whether the chronograph closed it already or not").isEqualTo(409);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
		finally {
			clock.reset();
		}
		var read = api.send("GET", base, null, null, false);
		assertThat(JsonPath.<List<Object>>read(read.body(), "$.consultation.changes")).isEmpty();
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() {
		var document = new WebVisitor(port).send("GET", "/v3/api-docs", null, null, false).body();
		Map<String, Object> paths = JsonPath.read(document, "$.paths");
		assertThat(paths).containsKeys("/api/v1/buyer/consultations", "/api/v1/buyer/consultations/{id}",
				"/api/v1/buyer/consultations/{id}/documents", "/api/v1/buyer/consultations/{id}/documents/{document}",
				"/api/v1/buyer/consultations/{id}/publication", "/api/v1/buyer/consultations/{id}/changes",
				"/api/v1/buyer/consultations/{id}/cancellation");
		assertThat(JsonPath.<String>read(document, "$.paths['/api/v1/buyer/consultations/{id}/changes'].post.summary"))
			.isEqualTo("Publish a change (addendum)");
		assertThat(JsonPath.<List<String>>read(document, "$.tags[*].name")).contains("Buyer consultations");
		assertThat(JsonPath.<String>read(document, "$.components.schemas.CpvReference.description"))
			.contains("Common Procurement Vocabulary");
	}

	private WebVisitor.Page attach(String base, String kind, String name) {
		var file = new Multipart().file("file", name, "%PDF contenu".getBytes(StandardCharsets.UTF_8));
		return api.send("POST", base + "/documents?kind=" + kind, file.contentType(), file.bytes(), true);
	}

	private WebVisitor.Page call(String method, String path, byte[] json) {
		return api.send(method, path, "application/json", json, true);
	}

	private static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
