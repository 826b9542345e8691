package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.Multipart;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who reaches the buyer area and the buyer API, over real HTTP: a buyer of entity A never reads
 * nor changes what belongs to entity B, whatever B's ids they put in the address; suppliers and
 * visitors do not get in; drafts are never public; writes need their CSRF token.
 */
@IntegrationTest
class BuyerAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	ConsultationService consultations;

	@Autowired
	BuyerConsultations buyers;

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	PurchasingEntityId entityA;

	PurchasingEntityId entityB;

	Buyers.Person buyerA;

	Buyers.Person buyerB;

	ConsultationId draftB;

	ConsultationId publishedB;

	UUID pieceB;

	ConsultationId draftA;

	UUID pieceA;

	String marker;

	@BeforeEach
	void twoEntitiesEachWithABuyerAndConsultations() throws Exception {
		marker = Fixtures.unique("Cloisonnement").replace(" ", "");
		entityA = Fixtures.newEntity(organisations, Fixtures.unique("Entité A"), "75");
		entityB = Fixtures.newEntity(organisations, Fixtures.unique("Entité B"), "13");
		buyerA = Buyers.appointed(accounts, organisations, entityA, AgentRole.BUYER);
		buyerB = Buyers.appointed(accounts, organisations, entityB, AgentRole.BUYER, AgentRole.ENTITY_ADMINISTRATOR);
		var deadline = clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
		draftB = consultations.draft(ConsultationFixtures.newConsultation(entityB, "Brouillon B " + marker, deadline));
		pieceB = consultations.attach(draftB, DocumentKind.PIECE,
				ConsultationFixtures.file("CCTP B", "CCTP-B.pdf", "%PDF B".getBytes(StandardCharsets.UTF_8)));
		publishedB = consultations.draft(ConsultationFixtures.newConsultation(entityB, "Publiée B " + marker, deadline));
		ConsultationFixtures.publish(consultations, publishedB);
		draftA = consultations.draft(ConsultationFixtures.newConsultation(entityA, "Brouillon A " + marker, deadline));
		pieceA = consultations.attach(draftA, DocumentKind.PIECE,
				ConsultationFixtures.file("CCTP A", "CCTP-A.pdf", "%PDF A".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aBuyerOfANeverSeesTheConsultationsOfB() {
		var a = signedIn(buyerA);
		var list = a.get("/acheteur/consultations?q=" + marker);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Brouillon A " + marker).doesNotContain("Brouillon B", "Publiée B");
		assertThat(a.get("/acheteur/consultations?q=" + marker + "&entity=" + entityB).body())
			.as("asking for B's entity shows nothing of B")
			.doesNotContain("Brouillon B", "Publiée B");

		for (var path : new String[] { "/acheteur/consultations/" + draftB, "/acheteur/consultations/" + draftB + "/modifier",
				"/acheteur/consultations/" + draftB + "/publication", "/acheteur/consultations/" + publishedB,
				"/acheteur/consultations/" + publishedB + "/modification",
				"/acheteur/consultations/" + publishedB + "/annulation",
				"/acheteur/consultations/" + draftB + "/documents/" + pieceB,
				"/acheteur/consultations/" + draftA + "/documents/" + pieceB,
				"/acheteur/consultations/" + draftB + "/documents/" + pieceA }) {
			var page = a.get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).doesNotContain("Brouillon B", "CCTP-B");
		}

		var api = a.send("GET", "/api/v1/buyer/consultations?q=" + marker, null, null, false);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.body()).contains("Brouillon A " + marker).doesNotContain("Brouillon B", "Publiée B");
		for (var id : new ConsultationId[] { draftB, publishedB }) {
			var read = a.send("GET", "/api/v1/buyer/consultations/" + id, null, null, false);
			assertThat(read.status()).isEqualTo(404);
			assertThat(read.header("Content-Type")).startsWith("application/problem+json");
			assertThat(read.body()).doesNotContain("Brouillon B", "Publiée B");
		}
	}

	@Test
	void aBuyerOfAChangesNothingOfBThroughThePages() {
		var a = signedIn(buyerA);
		a.get("/acheteur/consultations");
		var form = new LinkedHashMap<String, String>();
		form.putAll(Map.of("entity", entityB.toString(), "reference", "PIRATE-" + marker, "title", "Piraté " + marker,
				"object", "Piraté", "procedure", "MAPA", "category", "SERVICES", "mainCpv", "79710000",
				"depositDeadline", "2031-01-15T12:00", "envelopes", "OFFER", "restricted", "false"));
		assertThat(a.post("/acheteur/consultations/" + draftB + "/modifier", form).status()).isEqualTo(404);
		assertThat(a.post("/acheteur/consultations/" + draftB + "/formulaire", Map.of("action", "addLot")).status())
			.isEqualTo(404);
		assertThat(a.post("/acheteur/consultations/" + draftB + "/publication", Map.of()).status()).isEqualTo(404);
		assertThat(a.post("/acheteur/consultations/" + publishedB + "/annulation", Map.of("reason", "Piraté")).status())
			.isEqualTo(404);
		assertThat(a.post("/acheteur/consultations/" + draftB + "/documents/" + pieceB + "/suppression", Map.of()).status())
			.isEqualTo(404);
		assertThat(a.post("/acheteur/consultations/" + draftA + "/documents/" + pieceB + "/suppression", Map.of()).status())
			.as("B's piece through A's draft")
			.isEqualTo(404);
		assertThat(a.post("/acheteur/consultations/" + draftB + "/documents/papier",
				Map.of("title", "Pirate", "howToObtain", "Nulle part")).status()).isEqualTo(404);
		var upload = new Multipart().field("kind", "PIECE").file("file", "pirate.pdf", "%PDF pirate".getBytes());
		assertThat(a.send("POST", "/acheteur/consultations/" + draftB + "/documents", upload.contentType(), upload.bytes(),
				true).status()).isEqualTo(404);
		var change = new Multipart().field("reason", "Piraté").field("removedDocument", pieceB.toString());
		assertThat(a.send("POST", "/acheteur/consultations/" + publishedB + "/modification", change.contentType(),
				change.bytes(), true).status()).isEqualTo(404);

		var created = a.post("/acheteur/consultations", form);
		assertThat(created.status()).as("drafting for B is refused on the form").isEqualTo(200);
		assertThat(created.body()).contains("Vous n’agissez pas pour cette entité d’achat");

		assertUnchanged();
	}

	@Test
	void aBuyerOfAChangesNothingOfBThroughTheApi() {
		var a = signedIn(buyerA);
		a.get("/acheteur/consultations");
		var json = """
				{"purchasingEntity": "%s", "reference": "PIRATE-%s", "title": "Piraté", "object": "Piraté",
				 "procedure": "MAPA", "category": "SERVICES", "mainCpv": "79710000",
				 "depositDeadline": "2031-01-15T12:00:00+01:00", "envelopes": ["OFFER"]}"""
			.formatted(entityB, marker)
			.getBytes(StandardCharsets.UTF_8);
		var base = "/api/v1/buyer/consultations/";
		assertThat(a.send("PUT", base + draftB, "application/json", json, true).status()).isEqualTo(404);
		var upload = new Multipart().field("kind", "PIECE").file("file", "pirate.pdf", "%PDF pirate".getBytes());
		assertThat(a.send("POST", base + draftB + "/documents", upload.contentType(), upload.bytes(), true).status())
			.isEqualTo(404);
		assertThat(a.send("POST", base + draftB + "/documents/paper", "application/json",
				"{\"title\":\"Pirate\",\"howToObtain\":\"Nulle part\"}".getBytes(), true).status()).isEqualTo(404);
		assertThat(a.send("DELETE", base + draftB + "/documents/" + pieceB, null, null, true).status()).isEqualTo(404);
		assertThat(a.send("DELETE", base + draftA + "/documents/" + pieceB, null, null, true).status()).isEqualTo(404);
		assertThat(a.send("POST", base + draftB + "/publication", null, null, true).status()).isEqualTo(404);
		var change = new Multipart().field("reason", "Piraté").field("removedDocument", pieceB.toString());
		assertThat(a.send("POST", base + publishedB + "/changes", change.contentType(), change.bytes(), true).status())
			.isEqualTo(404);
		assertThat(a.send("POST", base + publishedB + "/cancellation", "application/json",
				"{\"reason\":\"Piraté\"}".getBytes(), true).status()).isEqualTo(404);

		var created = a.send("POST", "/api/v1/buyer/consultations", "application/json", json, true);
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.body()).contains("\"field\":\"entity\"");

		assertUnchanged();
	}

	@Test
	void suppliersVisitorsAndCommissionMembersStayOut() {
		var supplier = signedIn(Buyers.supplier(accounts));
		supplier.get("/mon-espace");
		assertThat(supplier.get("/acheteur/consultations").status()).isEqualTo(403);
		var api = supplier.send("GET", "/api/v1/buyer/consultations", null, null, false);
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(supplier.send("GET", "/api/v1/buyer/consultations/" + draftA, null, null, false).status()).isEqualTo(403);
		assertThat(supplier.send("POST", "/api/v1/buyer/consultations/" + draftA + "/publication", null, null, true).status())
			.isEqualTo(403);

		var commission = signedIn(Buyers.appointed(accounts, organisations, entityA, AgentRole.COMMISSION_MEMBER));
		assertThat(commission.get("/acheteur/consultations").status()).isEqualTo(403);
		assertThat(commission.get("/acheteur/consultations/" + draftA).status()).isEqualTo(403);

		var visitor = new WebVisitor(port);
		var page = visitor.get("/acheteur/consultations/" + draftA);
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/connexion");
		var anonymousApi = visitor.send("GET", "/api/v1/buyer/consultations/" + draftA, null, null, false);
		assertThat(anonymousApi.status()).isEqualTo(401);
		assertThat(anonymousApi.body()).doesNotContain("Brouillon A");
		visitor.get("/consultations");
		assertThat(visitor.send("POST", "/api/v1/buyer/consultations/" + draftA + "/publication", null, null, true)
			.status()).isIn(302, 401, 403);
		assertThat(state(draftA)).isEqualTo("DRAFT");
	}

	@Test
	void aDraftIsNeverPublicNotEvenOnceAbandoned() {
		var abandoned = consultations.draft(ConsultationFixtures.newConsultation(entityA, "Abandonnée A " + marker,
				clock.instant().plus(Duration.ofDays(30))));
		consultations.cancel(abandoned, "Besoin abandonné avant publication");
		var visitor = new WebVisitor(port);
		assertThat(visitor.get("/consultations/" + abandoned).status()).isEqualTo(404);
		assertThat(visitor.get("/consultations?state=CANCELLED&q=" + marker).body()).doesNotContain("Abandonnée A");
		assertThat(visitor.get("/consultations/" + draftA).status()).isEqualTo(404);
		assertThat(visitor.send("GET", "/api/v1/consultations/" + draftA, null, null, false).status()).isEqualTo(404);
		assertThat(visitor.get("/consultations?state=ALL&q=" + marker).body()).contains("Publiée B " + marker)
			.doesNotContain("Brouillon A", "Brouillon B");
		assertThat(visitor.send("GET", "/api/v1/consultations?state=DRAFT&q=" + marker, null, null, false).body())
			.contains("\"totalItems\":0");
		assertThat(catalogue.find(draftB)).isEmpty();
		var signedIn = signedIn(buyerA);
		assertThat(signedIn.get("/consultations/" + draftA).status()).as("not even for its own buyer, publicly")
			.isEqualTo(404);
	}

	@Test
	void writesNeedTheirCsrfToken() {
		var a = signedIn(buyerA);
		a.get("/acheteur/consultations/nouvelle");
		var form = Map.of("entity", entityA.toString(), "reference", "SANS-JETON-" + marker, "title", "Sans jeton",
				"object", "Objet", "procedure", "MAPA", "category", "SERVICES", "mainCpv", "79710000", "depositDeadline",
				"2031-01-15T12:00", "envelopes", "OFFER");
		assertThat(a.postExactly("/acheteur/consultations", form).status()).isEqualTo(403);
		assertThat(a.postExactly("/acheteur/consultations/" + draftA + "/annulation", Map.of("reason", "Sans jeton"))
			.status()).isEqualTo(403);
		var json = "{\"reference\":\"SANS-JETON-API\",\"title\":\"Sans jeton\"}".getBytes();
		assertThat(a.send("POST", "/api/v1/buyer/consultations", "application/json", json, false).status()).isEqualTo(403);
		assertThat(a.send("PUT", "/api/v1/buyer/consultations/" + draftA, "application/json", json, false).status())
			.isEqualTo(403);
		assertThat(a.send("DELETE", "/api/v1/buyer/consultations/" + draftA + "/documents/" + pieceA, null, null, false)
			.status()).isEqualTo(403);

		assertThat(jdbc.queryForObject("select count(*) from consultation.consultation where reference like 'SANS-JETON%'",
				Integer.class)).isZero();
		assertThat(state(draftA)).isEqualTo("DRAFT");
		assertThat(buyers.find(buyerA.account(), draftA).orElseThrow().documents()).extracting(d -> d.id())
			.contains(pieceA);

		assertThat(a.send("DELETE", "/api/v1/buyer/consultations/" + draftA + "/documents/" + pieceA, null, null, true)
			.status()).as("the same with its token").isEqualTo(204);
	}

	private void assertUnchanged() {
		var draft = buyers.find(buyerB.account(), draftB).orElseThrow();
		assertThat(draft.title()).isEqualTo("Brouillon B " + marker);
		assertThat(draft.state()).isEqualTo(ConsultationState.DRAFT);
		assertThat(draft.lots()).isEmpty();
		assertThat(draft.documents()).extracting(ConsultationDetails.DocumentView::id).containsExactly(pieceB);
		var published = buyers.find(buyerB.account(), publishedB).orElseThrow();
		assertThat(published.state()).isEqualTo(ConsultationState.PUBLISHED);
		assertThat(published.changes()).isEmpty();
		assertThat(buyers.find(buyerA.account(), draftA).orElseThrow().documents()).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from consultation.consultation where reference = ?",
				Integer.class, "PIRATE-" + marker)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from consultation.consultation where purchasing_entity_id = ?",
				Integer.class, entityB.value())).isEqualTo(2);
	}

	private String state(ConsultationId id) {
		return jdbc.queryForObject("select state from consultation.consultation where id = ?", String.class, id.value());
	}

	private WebVisitor signedIn(Buyers.Person person) {
		var visitor = new WebVisitor(port);
		var answer = visitor.signIn(person.email(), Buyers.PASSWORD);
		assertThat(answer.status()).as("signed in").isEqualTo(302);
		assertThat(answer.location()).doesNotContain("erreur");
		return visitor;
	}
}
