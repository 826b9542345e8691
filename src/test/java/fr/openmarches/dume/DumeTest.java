package fr.openmarches.dume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DUME through HTTP: the buyer sets the request, anyone reads a published one, a company
 * fills its response prefilled from its record, exports, imports and reuses it; strangers reach
 * nothing and change nothing.
 */
@IntegrationTest
class DumeTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	CompanyService companies;

	@Autowired
	CriterionCatalogue catalogue;

	@Autowired
	MutableClock clock;

	PurchasingEntityId entity;

	Buyers.Person buyer;

	ConsultationId consultation;

	String turnoverYears;

	String turnoverMinimum;

	String insuranceType;

	@BeforeEach
	void aConsultationAndItsBuyer() {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité DUME"), "75");
		buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity, "Nettoyage des locaux",
				clock.instant().plus(Duration.ofDays(30))));
		var turnover = catalogue.find("gen-year-to").orElseThrow().requirements();
		turnoverYears = turnover.get(0).propertyId();
		turnoverMinimum = turnover.get(1).propertyId();
		insuranceType = catalogue.find("indem-insu").orElseThrow().requirements().get(0).propertyId();
	}

	@Test
	void theBuyerSetsTheRequestWhichValidatesAndIsPublicOncePublished() {
		var api = signedIn(buyer.email(), Buyers.PASSWORD);
		var base = "/api/v1/buyer/consultations/" + consultation + "/espd-request";

		var initial = api.send("GET", base, null, null, false);
		assertThat(initial.status()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(initial.body(), "$.criteria[*].code")).hasSize(24).contains("crime-org", "misrepresent");
		assertThat(JsonPath.<Object>read(initial.body(), "$.updatedAt")).isNull();

		var body = request(List.of("gen-year-to", "indem-insu", "envir-law"), "200 000", "Responsabilité civile");
		assertThat(api.send("PUT", base, "application/json", body, false).status()).as("no CSRF token").isEqualTo(403);
		assertThat(JsonPath.<Object>read(api.send("GET", base, null, null, false).body(), "$.updatedAt")).isNull();

		var set = api.send("PUT", base, "application/json", body, true);
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(set.body(), "$.criteria[*].code"))
			.containsExactly("crime-org", "corruption", "fraud", "terr-offence", "finan-laund", "human-traffic", "tax-pay",
					"socsec-pay", "envir-law", "gen-year-to", "indem-insu");
		assertThat(JsonPath.<List<String>>read(set.body(), "$.criteria[?(@.code == 'gen-year-to')].requirements[*].value"))
			.containsExactly("3", "200000.00");

		var badAmount = api.send("PUT", base, "application/json",
				request(List.of("gen-year-to"), "beaucoup", null), true);
		assertThat(badAmount.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(badAmount.body(), "$.reason")).isEqualTo("BAD_VALUE");
		assertThat(JsonPath.<String>read(badAmount.body(), "$.detail")).contains("nombre positif");
		var unknown = api.send("PUT", base, "application/json",
				"{\"criteria\":[\"pas-un-critere\"]}".getBytes(StandardCharsets.UTF_8), true);
		assertThat(JsonPath.<String>read(unknown.body(), "$.reason")).isEqualTo("UNKNOWN_CRITERION");

		var xml = api.download(base + ".xml");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		var document = EspdXml.parse(xml.bytes());
		assertThat(EspdXml.requestProblems(document)).isEmpty();
		assertThat(EspdBusinessRules.ofRequest(xml.bytes())).as("ESPD-EDM business rules").isEmpty();
		assertThat(new String(xml.bytes(), StandardCharsets.UTF_8)).contains(">gen-year-to<", ">indem-insu<",
				"<cbc:MinimumAmount currencyID=\"EUR\">200000.00</cbc:MinimumAmount>",
				"<cbc:ExpectedDescription>Responsabilité civile</cbc:ExpectedDescription>").doesNotContain(">bankruptcy<");

		// the page shows the same, and its form changes it
		assertThat(api.get("/acheteur/consultations/" + consultation).body()).contains("/acheteur/consultations/" + consultation + "/dume");
		var page = api.get("/acheteur/consultations/" + consultation + "/dume");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Chiffre d’affaires annuel général", "Participation à une organisation criminelle",
				"value=\"200000.00\"");
		var posted = api.post("/acheteur/consultations/" + consultation + "/dume",
				Map.of("criterion", "qualification", "requirement:" + insuranceType, "ignoré"));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(JsonPath.<List<String>>read(api.send("GET", base, null, null, false).body(), "$.criteria[*].code"))
			.contains("qualification", "crime-org").doesNotContain("gen-year-to", "envir-law");
		api.send("PUT", base, "application/json", body, true);

		// a draft's request is not public; a published one's is
		var anonymous = new WebVisitor(port);
		var publicXml = "/api/v1/consultations/" + consultation + "/espd-request.xml";
		assertThat(anonymous.download(publicXml).status()).isEqualTo(404);
		ConsultationFixtures.publish(consultations, consultation);
		var published = anonymous.download(publicXml);
		assertThat(published.status()).isEqualTo(200);
		assertThat(EspdXml.requestProblems(EspdXml.parse(published.bytes()))).isEmpty();
		assertThat(new String(published.bytes(), StandardCharsets.UTF_8)).contains("200000.00");
	}

	@Test
	void onlyTheConsultationsBuyersReachItsRequest() {
		var base = "/api/v1/buyer/consultations/" + consultation + "/espd-request";
		var owner = signedIn(buyer.email(), Buyers.PASSWORD);
		owner.send("PUT", base, "application/json", request(List.of("gen-year-to"), "100000", null), true);
		var neighbour = Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Entité voisine"), "75"), AgentRole.BUYER);
		var supplier = CompanyFixtures.person(accounts, "Sidonie");
		CompanyFixtures.company(companies, supplier, Fixtures.unique("Fournisseur SAS"));
		var strangers = List.of(signedIn(neighbour.email(), Buyers.PASSWORD),
				signedIn(supplier.email(), CompanyFixtures.PASSWORD), new WebVisitor(port));
		strangers.getLast().get("/");
		for (var stranger : strangers) {
			assertThat(stranger.send("GET", base, null, null, false).status()).isIn(401, 403, 404);
			assertThat(stranger.download(base + ".xml").status()).isIn(401, 403, 404);
			assertThat(stranger.send("PUT", base, "application/json", request(List.of("sme"), null, null), true).status())
				.isIn(401, 403, 404);
			assertThat(stranger.get("/acheteur/consultations/" + consultation + "/dume").status()).isIn(302, 403, 404);
		}
		assertThat(strangers.getFirst().send("GET", base, null, null, false).status()).isEqualTo(404);
		assertThat(strangers.get(1).send("GET", base, null, null, false).status()).isEqualTo(403);
		assertThat(strangers.getLast().send("GET", base, null, null, false).status()).isEqualTo(401);
		assertThat(JsonPath.<List<String>>read(owner.send("GET", base, null, null, false).body(), "$.criteria[*].code"))
			.contains("gen-year-to").doesNotContain("sme");
	}

	@Test
	void aCompanyFillsItsResponsePrefilledExportsItAndImportsItBack() {
		setRequest(consultation, "150000");
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, "Hortense");
		var name = Fixtures.unique("Propreté Durable");
		var company = CompanyFixtures.company(companies, founder, name);
		var siret = companies.find(company).orElseThrow().headOffice().orElseThrow().siret().value();
		var member = signedIn(founder.email(), CompanyFixtures.PASSWORD);
		var base = "/api/v1/my-company/espd-responses/" + consultation;

		var draft = member.send("GET", base, null, null, false);
		assertThat(draft.status()).as(draft.body()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(draft.body(), "$.saved")).isFalse();
		assertThat(JsonPath.<String>read(draft.body(), "$.operator.siret")).isEqualTo(siret);
		assertThat(JsonPath.<String>read(draft.body(), "$.operator.name")).isEqualTo(name);
		assertThat(JsonPath.<String>read(draft.body(), "$.operator.city")).isEqualTo("Paris");
		assertThat(JsonPath.<Boolean>read(draft.body(), "$.operator.sme")).isTrue();
		assertThat(JsonPath.<String>read(draft.body(), "$.operator.legalForm")).isEqualTo("5710");
		assertThat(JsonPath.<List<String>>read(draft.body(), "$.answers[*].code")).contains("crime-org", "gen-year-to", "indem-insu");

		var answers = """
				{"operator": {"siret": "%s", "name": "%s", "street": "1 rue de l’Essai", "postcode": "75001",
				 "city": "Paris", "country": "FR", "sme": true, "legalForm": "5710"},
				 "answers": {"crime-org": {"indicator": false}, "tax-pay": {"indicator": false},
				 "prof-misconduct": {"indicator": true, "text": "Mesures d’auto-apurement prises en 2025"},
				 "gen-year-to": {"indicator": true}, "indem-insu": {"indicator": false, "text": "Police 42, Mutuelle de l’Essai", "details": {
				 "C35_SC_indem-insu/RG1/RSG1/QSG1/QSG1/Q1": "true", "C35_SC_indem-insu/RG1/RSG1/QSG1/QSG1/QSG1/Q2": "77567227200035"}}}}"""
			.formatted(siret, name);
		assertThat(member.send("PUT", base, "application/json", answers.getBytes(StandardCharsets.UTF_8), false).status())
			.as("no CSRF token").isEqualTo(403);
		var saved = member.send("PUT", base, "application/json", answers.getBytes(StandardCharsets.UTF_8), true);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(saved.body(), "$.unanswered")).doesNotContain("crime-org", "gen-year-to")
			.contains("fraud");

		var xml = member.download(base + "/xml");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(EspdXml.responseProblems(EspdXml.parse(xml.bytes()))).isEmpty();
		assertThat(EspdBusinessRules.ofResponse(xml.bytes())).as("ESPD-EDM business rules").isEmpty();
		var exported = new String(xml.bytes(), StandardCharsets.UTF_8);
		assertThat(exported).contains(siret, "Police 42, Mutuelle de l’Essai", "<cbc:ResponseIndicator>false</cbc:ResponseIndicator>",
				"150000.00");
		var pdf = member.download(base + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// the answers change, then the export comes back: every answer as it was
		var operator = JsonPath.parse(JsonPath.parse(saved.body()).read("$.operator", Map.class)).jsonString();
		var bare = member.send("PUT", base, "application/json", ("{\"operator\": " + operator
				+ ", \"answers\": {\"crime-org\": {\"indicator\": true}}}").getBytes(StandardCharsets.UTF_8), true);
		assertThat(bare.status()).as("a yes without the conviction's details").isEqualTo(400);
		assertThat(JsonPath.<String>read(bare.body(), "$.reason")).isEqualTo("FOLLOW_UP_MISSING");
		assertThat(JsonPath.<String>read(bare.body(), "$.detail")).contains("Si oui");
		assertThat(JsonPath.<List<Boolean>>read(member.send("GET", base, null, null, false).body(),
				"$.answers[?(@.code == 'crime-org')].indicator")).as("unchanged").containsExactly(false);
		assertThat(member.send("PUT", base, "application/json", ("{\"operator\": " + operator
				+ ", \"answers\": {\"crime-org\": {\"indicator\": true, \"text\": \"Entente\", \"details\": {"
				+ "\"C1_EG_crime-org/QG1/QSG1/Q1\": \"2019-05-02\", \"C1_EG_crime-org/QG1/QSG1/Q3\": \"L’ancien gérant\","
				+ "\"C1_EG_crime-org/QG1/QSG1/Q4\": \"2019-05-02/2024-05-01\"}}}}").getBytes(StandardCharsets.UTF_8), true)
			.status()).isEqualTo(200);
		assertThat(JsonPath.<List<Boolean>>read(member.send("GET", base, null, null, false).body(),
				"$.answers[?(@.code == 'crime-org')].indicator")).containsExactly(true);
		var imported = member.send("POST", base + "/import", "application/xml", xml.bytes(), true);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(answersOf(imported.body())).isEqualTo(answersOf(saved.body()));
		assertThat(JsonPath.<Object>read(imported.body(), "$.operator")).isEqualTo(JsonPath.read(saved.body(), "$.operator"));

		// another service's file may say less of the operator: what it leaves out is kept
		var shorter = exported.replaceAll("<cbc:StreetName>[^<]*</cbc:StreetName>", "")
			.replaceAll("<cbc:CompanyLegalForm>[^<]*</cbc:CompanyLegalForm>", "");
		assertThat(shorter).doesNotContain("StreetName");
		var completed = member.send("POST", base + "/import", "application/xml", shorter.getBytes(StandardCharsets.UTF_8), true);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.operator.street")).isEqualTo("1 rue de l’Essai");
		assertThat(JsonPath.<String>read(completed.body(), "$.operator.legalForm")).isEqualTo("5710");
		assertThat(answersOf(completed.body())).isEqualTo(answersOf(saved.body()));

		// bad XML: a clear, translated refusal, and nothing changes
		var malformed = member.send("POST", base + "/import", "application/xml",
				"<QualificationApplicationResponse><oups>".getBytes(StandardCharsets.UTF_8), true);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(malformed.body(), "$.reason")).isEqualTo("MALFORMED");
		assertThat(JsonPath.<String>read(malformed.body(), "$.detail")).isEqualTo("Le fichier n’est pas un XML bien formé.");
		var xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<QualificationApplicationResponse xmlns="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2">&secret;</QualificationApplicationResponse>""";
		var refused = member.send("POST", base + "/import?lang=en", "application/xml", xxe.getBytes(StandardCharsets.UTF_8),
				true);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(refused.body(), "$.reason")).isEqualTo("DOCTYPE");
		assertThat(refused.body()).contains("external entities are never read").doesNotContain("root:");
		member.get("/mon-espace?lang=fr");
		assertThat(answersOf(member.send("GET", base, null, null, false).body())).isEqualTo(answersOf(saved.body()));

		// the page: prefilled fields, import form with a translated error
		var page = member.get("/mon-espace/dume/" + consultation);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(siret, "Police 42, Mutuelle de l’Essai", "Reprendre mon dernier DUME");
		assertThat(member.post("/mon-espace/dume/" + consultation, form("name", name, "street", "2 avenue Neuve",
				"postcode", "75002", "city", "Paris", "country", "FR", "siret", siret, "sme", "true", "legalForm", "5710",
				"indicator:crime-org", "false", "indicator:fraud", "false", "amount:tax-pay", "")).status()).isEqualTo(302);
		var after = member.send("GET", base, null, null, false).body();
		assertThat(JsonPath.<String>read(after, "$.operator.street")).isEqualTo("2 avenue Neuve");
		assertThat(JsonPath.<List<Boolean>>read(after, "$.answers[?(@.code == 'fraud')].indicator")).containsExactly(false);

		// the page asks what a yes calls for; a yes without it is refused, with it saved
		assertThat(member.get("/mon-espace/dume/" + consultation).body()).contains("Si oui : Date of conviction",
				"name=\"detail-start:crime-org:C1_EG_crime-org/QG1/QSG1/Q4\"", "Si non : In the case of no – Relied upon or not");
		var conviction = form("name", name, "street", "2 avenue Neuve", "postcode", "75002", "city", "Paris", "country", "FR",
				"siret", siret, "sme", "true", "legalForm", "5710", "indicator:crime-org", "true", "text:crime-org", "Entente",
				"detail:crime-org:C1_EG_crime-org/QG1/QSG1/Q1", "2019-05-02", "indicator:gen-year-to", "true",
				"indicator:indem-insu", "true"); // every selection criterion answered (BR-RESP-40)
		var refusedYes = member.post("/mon-espace/dume/" + consultation, conviction);
		assertThat(refusedYes.status()).isEqualTo(302);
		assertThat(member.get(refusedYes.location()).body()).contains("appelle des précisions");
		var completeYes = new java.util.HashMap<>(conviction);
		completeYes.put("detail:crime-org:C1_EG_crime-org/QG1/QSG1/Q3", "L’ancien gérant");
		completeYes.put("detail-start:crime-org:C1_EG_crime-org/QG1/QSG1/Q4", "2019-05-02");
		completeYes.put("detail-end:crime-org:C1_EG_crime-org/QG1/QSG1/Q4", "2024-05-01");
		assertThat(member.post("/mon-espace/dume/" + consultation, completeYes).status()).isEqualTo(302);
		var convicted = member.send("GET", base, null, null, false).body();
		assertThat(JsonPath.<List<Map<String, String>>>read(convicted, "$.answers[?(@.code == 'crime-org')].details"))
			.containsExactly(Map.of("C1_EG_crime-org/QG1/QSG1/Q1", "2019-05-02", "C1_EG_crime-org/QG1/QSG1/Q3",
					"L’ancien gérant", "C1_EG_crime-org/QG1/QSG1/Q4", "2019-05-02/2024-05-01"));
		assertThat(EspdBusinessRules.ofResponse(member.download(base + "/xml").bytes())).isEmpty();
		assertThat(member.get("/mon-espace/dume/" + consultation).body()).contains("L’ancien gérant", "value=\"2024-05-01\"");
		member.get("/mon-espace/dume/" + consultation);
		var uploaded = member.send("POST", "/mon-espace/dume/" + consultation + "/import", MULTIPART,
				multipart("dume.xml", xxe.getBytes(StandardCharsets.UTF_8)), true);
		assertThat(uploaded.status()).isEqualTo(302);
		assertThat(member.get(uploaded.location()).body()).contains("entités externes ne sont jamais lues");
		assertThat(member.get("/mon-espace/dume").body()).contains("Nettoyage des locaux");
		assertThat(member.get("/consultations/" + consultation).body()).contains("id=\"espd-response-link\"",
				"/mon-espace/dume/" + consultation, "/api/v1/consultations/" + consultation + "/espd-request.xml");
		assertThat(new WebVisitor(port).get("/consultations/" + consultation).body())
			.contains("/api/v1/consultations/" + consultation + "/espd-request.xml").doesNotContain("espd-response-link");
		assertThat(member.get("/mon-espace").body()).contains("href=\"/mon-espace/dume\"");
	}

	@Test
	void onlyTheCompanysMembersReachItsResponse() {
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, "Firmin");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Secret SARL"));
		var member = signedIn(founder.email(), CompanyFixtures.PASSWORD);
		var base = "/api/v1/my-company/espd-responses/" + consultation;
		var answers = "{\"operator\": {\"name\": \"Secret SARL\", \"street\": \"1 rue\", \"postcode\": \"75001\", \"city\": \"Paris\","
				+ " \"country\": \"FR\", \"sme\": true}, \"answers\": {\"crime-org\": {\"indicator\": false},"
				+ " \"prof-misconduct\": {\"indicator\": true, \"text\": \"Réponse confidentielle\"}}}";
		assertThat(member.send("PUT", base, "application/json", answers.getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(200);

		var otherFounder = CompanyFixtures.person(accounts, "Ottilie");
		CompanyFixtures.company(companies, otherFounder, Fixtures.unique("Concurrente SA"));
		var other = signedIn(otherFounder.email(), CompanyFixtures.PASSWORD);
		var theirs = other.send("GET", base, null, null, false);
		assertThat(theirs.status()).isEqualTo(200);
		assertThat(theirs.body()).doesNotContain("Secret SARL", "Réponse confidentielle");
		assertThat(JsonPath.<Boolean>read(theirs.body(), "$.saved")).isFalse();
		var unanswered = other.download(base + "/xml");
		assertThat(unanswered.status()).as("nothing answered yet: nothing to export").isEqualTo(400);
		assertThat(unanswered.bytes()).asString(StandardCharsets.UTF_8).doesNotContain("Réponse confidentielle")
			.contains("UNANSWERED");
		var buyerVisitor = signedIn(buyer.email(), Buyers.PASSWORD);
		var anonymous = new WebVisitor(port);
		anonymous.get("/");
		for (var stranger : List.of(buyerVisitor, anonymous)) {
			for (var path : List.of(base, base + "/xml", base + "/pdf", "/api/v1/my-company/espd-responses")) {
				var answer = stranger.download(path);
				assertThat(answer.status()).as(path).isIn(401, 403);
				assertThat(new String(answer.bytes(), StandardCharsets.UTF_8)).doesNotContain("Réponse confidentielle");
			}
			assertThat(stranger.send("PUT", base, "application/json", answers.replace("false", "true")
				.getBytes(StandardCharsets.UTF_8), true).status()).isIn(401, 403);
			assertThat(stranger.get("/mon-espace/dume/" + consultation).status()).isIn(302, 403);
		}
		assertThat(buyerVisitor.send("GET", base, null, null, false).status()).isEqualTo(403);
		assertThat(anonymous.send("GET", base, null, null, false).status()).isEqualTo(401);
		assertThat(member.send("GET", base, null, null, false).body()).contains("Réponse confidentielle");
		assertThat(JsonPath.<List<Boolean>>read(member.send("GET", base, null, null, false).body(),
				"$.answers[?(@.code == 'crime-org')].indicator")).containsExactly(false);
		var draft = consultations.draft(ConsultationFixtures.newConsultation(entity, "Brouillon", clock.instant().plus(Duration.ofDays(30))));
		assertThat(member.send("GET", "/api/v1/my-company/espd-responses/" + draft, null, null, false).status())
			.as("a draft is not answered").isEqualTo(404);
		assertThat(member.get("/mon-espace/dume/" + draft).status()).isEqualTo(404);
	}

	@Test
	void reusingTheLatestResponseCopiesOnlyTheCriteriaAskedTheSameWay() {
		setRequest(consultation, "100000");
		ConsultationFixtures.publish(consultations, consultation);
		var next = consultations.draft(ConsultationFixtures.newConsultation(entity, "Second marché",
				clock.instant().plus(Duration.ofDays(30))));
		setRequest(next, "500000"); // the turnover asked differs; the insurance asked is the same
		ConsultationFixtures.publish(consultations, next);
		var founder = CompanyFixtures.person(accounts, "Rémi");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Réemploi SAS"));
		var member = signedIn(founder.email(), CompanyFixtures.PASSWORD);

		var none = member.send("POST", "/api/v1/my-company/espd-responses/" + next + "/reuse-last", null, null, true);
		assertThat(none.status()).isEqualTo(200);
		assertThat(JsonPath.<Object>read(none.body(), "$.from")).isNull();

		var first = member.send("GET", "/api/v1/my-company/espd-responses/" + consultation, null, null, false);
		var operator = JsonPath.parse(first.body()).read("$.operator", Map.class);
		var body = "{\"operator\": " + JsonPath.parse(operator).jsonString() + ", \"answers\": {"
				+ "\"crime-org\": {\"indicator\": false}, \"fraud\": {\"indicator\": false},"
				+ "\"gen-year-to\": {\"indicator\": true}, \"indem-insu\": {\"indicator\": false, \"text\": \"Police 7\", \"details\": {"
				+ "\"C35_SC_indem-insu/RG1/RSG1/QSG1/QSG1/Q1\": \"true\", \"C35_SC_indem-insu/RG1/RSG1/QSG1/QSG1/QSG1/Q2\": \"X-42\"}}}}";
		assertThat(member.send("PUT", "/api/v1/my-company/espd-responses/" + consultation, "application/json",
				body.getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(200);

		var reuse = member.send("POST", "/api/v1/my-company/espd-responses/" + next + "/reuse-last", null, null, true);
		assertThat(reuse.status()).as(reuse.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(reuse.body(), "$.from")).isEqualTo(consultation.toString());
		assertThat(JsonPath.<Integer>read(reuse.body(), "$.copied")).isEqualTo(3);
		assertThat(JsonPath.<List<String>>read(reuse.body(), "$.toFill")).contains("gen-year-to", "corruption")
			.doesNotContain("crime-org", "fraud", "indem-insu");
		assertThat(JsonPath.<List<String>>read(reuse.body(), "$.response.answers[?(@.code == 'indem-insu')].text"))
			.containsExactly("Police 7");
		assertThat(JsonPath.<List<Object>>read(reuse.body(), "$.response.answers[?(@.code == 'gen-year-to')].indicator"))
			.containsExactly((Object) null);
		assertThat(member.send("POST", "/api/v1/my-company/espd-responses/" + next + "/reuse-last", null, null, false)
			.status()).as("no CSRF token").isEqualTo(403);

		var page = member.post("/mon-espace/dume/" + consultation + "/reprendre", Map.of());
		assertThat(page.status()).isEqualTo(302);
		assertThat(member.get(page.location()).body()).contains("réponse(s) reprise(s)");
	}

	private static final String ROLE = "C59_OT_eo-group/QG1/QSG1/Q1";

	private static final String GROUP_NAME = "C59_OT_eo-group/QG1/QSG1/Q3";

	private static final String EVIDENCE = "C36_SC_finan-requ/RG1/RSG1/RSG1/RSG1/QSG1/QSG1/QSG1/Q1";

	/** The answers of a group member naming its evidence: every criterion of the request answered (BR-RESP-40). */
	private static String groupAnswers(String operator, String role, String evidence) {
		var json = new StringBuilder("{\"operator\": " + operator + ", \"answers\": {");
		for (var code : List.of("crime-org", "corruption", "fraud", "terr-offence", "finan-laund", "human-traffic", "tax-pay",
				"socsec-pay")) {
			json.append("\"").append(code).append("\": {\"indicator\": false}, ");
		}
		json.append("""
				"eo-group": {"indicator": true, "text": "Bâti Sud SAS (SIRET 73282932000074), mandataire", "details": {
				"%s": "%s", "%s": "Groupement Nettoyage Sud"}},
				"finan-requ": {"indicator": true, "amount": 180000, "evidence": {"%s": %s}}}}""".formatted(ROLE, role, GROUP_NAME,
				EVIDENCE, evidence));
		return json.toString();
	}

	private static final String ATTESTATION = """
			{"url": "https://attestations.example.org/bilan/2025-77", "reference": "BIL-2025-77",
			 "issuer": "Cabinet Comptable du Port", "description": "Bilan certifié 2025"}""";

	@Test
	void aGroupMemberSavesItsRoleAndItsEvidenceWhichTheExportTheImportThePdfAndTheReuseKeep() throws Exception {
		var request = "{\"criteria\": [\"eo-group\", \"finan-requ\"], \"requirements\": {}}".getBytes(StandardCharsets.UTF_8);
		var buyerApi = signedIn(buyer.email(), Buyers.PASSWORD);
		assertThat(buyerApi.send("PUT", "/api/v1/buyer/consultations/" + consultation + "/espd-request", "application/json",
				request, true).status()).isEqualTo(200);
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, "Gaspard");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Nettoyage du Port"));
		var member = signedIn(founder.email(), CompanyFixtures.PASSWORD);
		var base = "/api/v1/my-company/espd-responses/" + consultation;
		var operator = JsonPath.parse(JsonPath.parse(member.send("GET", base, null, null, false).body())
			.read("$.operator", Map.class)).jsonString();

		// a role that is not one, or an evidence naming nothing: a translated 400, and nothing saved
		var badRole = member.send("PUT", base, "application/json",
				groupAnswers(operator, "chef", ATTESTATION).getBytes(StandardCharsets.UTF_8), true);
		assertThat(badRole.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(badRole.body(), "$.reason")).isEqualTo("BAD_ROLE");
		assertThat(JsonPath.<String>read(badRole.body(), "$.detail")).contains("Chef de file du groupement");
		var badRoleEn = member.send("PUT", base + "?lang=en", "application/json",
				groupAnswers(operator, "leader", ATTESTATION).getBytes(StandardCharsets.UTF_8), true);
		assertThat(JsonPath.<String>read(badRoleEn.body(), "$.detail")).contains("Group leader");
		var noEvidence = member.send("PUT", base, "application/json",
				groupAnswers(operator, "group-mem", "{\"issuer\": \"Cabinet\"}").getBytes(StandardCharsets.UTF_8), true);
		assertThat(noEvidence.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(noEvidence.body(), "$.reason")).isEqualTo("BAD_EVIDENCE");
		member.get("/mon-espace?lang=fr");
		var unsaved = member.send("GET", base, null, null, false).body();
		assertThat(JsonPath.<Boolean>read(unsaved, "$.saved")).isFalse();
		assertThat(JsonPath.<List<Object>>read(unsaved, "$.answers[?(@.code == 'eo-group')].indicator")).containsExactly((Object) null);

		var saved = member.send("PUT", base, "application/json",
				groupAnswers(operator, "group-mem", ATTESTATION).getBytes(StandardCharsets.UTF_8), true);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		var read = member.send("GET", base, null, null, false).body();
		assertThat(JsonPath.<List<Map<String, String>>>read(read, "$.answers[?(@.code == 'eo-group')].details"))
			.containsExactly(Map.of(ROLE, "group-mem", GROUP_NAME, "Groupement Nettoyage Sud"));
		assertThat(JsonPath.<List<String>>read(read, "$.answers[?(@.code == 'eo-group')].text"))
			.containsExactly("Bâti Sud SAS (SIRET 73282932000074), mandataire");
		assertThat(JsonPath.<List<Map<String, String>>>read(read, "$.answers[?(@.code == 'finan-requ')].evidence['" + EVIDENCE + "']"))
			.containsExactly(Map.of("url", "https://attestations.example.org/bilan/2025-77", "reference", "BIL-2025-77",
					"issuer", "Cabinet Comptable du Port", "description", "Bilan certifié 2025"));

		// the export: valid, every business rule kept, the role and the evidence written
		var xml = member.download(base + "/xml");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(EspdBusinessRules.ofResponse(xml.bytes())).as("ESPD-EDM business rules").isEmpty();
		assertThat(new String(xml.bytes(), StandardCharsets.UTF_8)).contains(">group-mem</cbc:RoleCode>",
				">group-mem</cbc:ResponseCode>", "<cbc:EconomicOperatorGroupName>Groupement Nettoyage Sud</cbc:EconomicOperatorGroupName>",
				"<cbc:URI>https://attestations.example.org/bilan/2025-77</cbc:URI>", "<cbc:Name>Cabinet Comptable du Port</cbc:Name>");
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(member.download(base + "/pdf").bytes())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Membre du groupement", "Groupement Nettoyage Sud", "BIL-2025-77", "Cabinet Comptable du Port");
		}

		// the answers change (alone now), then the import brings every answer back
		var alone = groupAnswers(operator, "group-mem", ATTESTATION).replaceFirst("\"eo-group\": \\{\"indicator\": true",
				"\"eo-group\": {\"indicator\": false");
		var changed = member.send("PUT", base, "application/json", alone.getBytes(StandardCharsets.UTF_8), true);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(JsonPath.<List<Map<String, String>>>read(changed.body(), "$.answers[?(@.code == 'eo-group')].details"))
			.as("a no keeps no role").containsExactly(Map.of());
		assertThat(new String(member.download(base + "/xml").bytes(), StandardCharsets.UTF_8)).contains(">sole-tenderer<");
		var imported = member.send("POST", base + "/import", "application/xml", xml.bytes(), true);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(answersOf(imported.body())).isEqualTo(answersOf(read));

		// the page: the role chosen from the list, the evidence's fields; its form saves them
		var page = member.get("/mon-espace/dume/" + consultation).body().replaceAll("\\s+", " ");
		assertThat(page).contains("<option value=\"group-mem\" selected=\"selected\">Membre du groupement</option>",
				"Chef de file du groupement", "value=\"https://attestations.example.org/bilan/2025-77\"",
				"name=\"evidence-reference:finan-requ:" + EVIDENCE + "\"", "Référence du document");
		var form = form("name", "Nettoyage du Port", "street", "1 quai Neuf", "postcode", "13002", "city", "Marseille",
				"country", "FR", "sme", "true", "siret", JsonPath.read(operator, "$.siret"));
		for (var code : List.of("crime-org", "corruption", "fraud", "terr-offence", "finan-laund", "human-traffic", "tax-pay",
				"socsec-pay")) {
			form.put("indicator:" + code, "false");
		}
		form.putAll(form("indicator:eo-group", "true", "text:eo-group", "Bâti Sud SAS", "detail:eo-group:" + ROLE, "group-lead",
				"detail:eo-group:" + GROUP_NAME, "Groupement Nettoyage Sud", "indicator:finan-requ", "true",
				"amount:finan-requ", "180 000", "evidence-url:finan-requ:" + EVIDENCE, "", "evidence-reference:finan-requ:" + EVIDENCE,
				"KBIS-13-2026", "evidence-issuer:finan-requ:" + EVIDENCE, "Greffe du tribunal de commerce",
				"evidence-description:finan-requ:" + EVIDENCE, ""));
		var posted = member.post("/mon-espace/dume/" + consultation, form);
		assertThat(posted.status()).isEqualTo(302);
		assertThat(member.get(posted.location()).body()).contains("fr-alert--success");
		var afterPage = member.send("GET", base, null, null, false).body();
		assertThat(JsonPath.<List<String>>read(afterPage, "$.answers[?(@.code == 'eo-group')].details['" + ROLE + "']"))
			.containsExactly("group-lead");
		var kbis = new java.util.HashMap<String, String>();
		kbis.put("url", null);
		kbis.put("reference", "KBIS-13-2026");
		kbis.put("issuer", "Greffe du tribunal de commerce");
		kbis.put("description", null);
		assertThat(JsonPath.<List<Map<String, String>>>read(afterPage, "$.answers[?(@.code == 'finan-requ')].evidence['" + EVIDENCE + "']"))
			.as("blank fields are none").containsExactly(kbis);
		var led = member.download(base + "/xml").bytes();
		assertThat(EspdBusinessRules.ofResponse(led)).isEmpty();
		assertThat(new String(led, StandardCharsets.UTF_8)).contains(">group-lead</cbc:RoleCode>");
		form.put("detail:eo-group:" + ROLE, "sole-tenderer");
		var refused = member.post("/mon-espace/dume/" + consultation, form);
		assertThat(member.get(refused.location()).body()).contains("n’est pas valable", "Chef de file du groupement");

		// another company sees its own response, not this one; a draft consultation is not found
		var otherFounder = CompanyFixtures.person(accounts, "Octave");
		CompanyFixtures.company(companies, otherFounder, Fixtures.unique("Concurrent du Port"));
		var other = signedIn(otherFounder.email(), CompanyFixtures.PASSWORD);
		var theirs = other.send("GET", base, null, null, false);
		assertThat(theirs.status()).isEqualTo(200);
		assertThat(theirs.body()).doesNotContain("Groupement Nettoyage Sud", "KBIS-13-2026", "group-lead");
		var draft = consultations.draft(ConsultationFixtures.newConsultation(entity, "Brouillon", clock.instant().plus(Duration.ofDays(30))));
		var missing = other.send("PUT", "/api/v1/my-company/espd-responses/" + draft, "application/json",
				groupAnswers(operator, "group-mem", ATTESTATION).getBytes(StandardCharsets.UTF_8), true);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(JsonPath.<List<String>>read(member.send("GET", base, null, null, false).body(),
				"$.answers[?(@.code == 'eo-group')].details['" + ROLE + "']")).as("unchanged").containsExactly("group-lead");

		// « Reprendre mon dernier DUME » on a consultation asking the same: the role and the evidence come along
		var next = consultations.draft(ConsultationFixtures.newConsultation(entity, "Second groupement",
				clock.instant().plus(Duration.ofDays(30))));
		assertThat(buyerApi.send("PUT", "/api/v1/buyer/consultations/" + next + "/espd-request", "application/json", request, true)
			.status()).isEqualTo(200);
		ConsultationFixtures.publish(consultations, next);
		var reuse = member.send("POST", "/api/v1/my-company/espd-responses/" + next + "/reuse-last", null, null, true);
		assertThat(reuse.status()).as(reuse.body()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(reuse.body(), "$.toFill")).isEmpty();
		assertThat(JsonPath.<Object>read(reuse.body(), "$.response.answers"))
			.isEqualTo(JsonPath.read(member.send("GET", base, null, null, false).body(), "$.answers"));
	}

	private void setRequest(ConsultationId id, String minimum) {
		var api = signedIn(buyer.email(), Buyers.PASSWORD);
		var set = api.send("PUT", "/api/v1/buyer/consultations/" + id + "/espd-request", "application/json",
				request(List.of("gen-year-to", "indem-insu", "prof-misconduct"), minimum, "Responsabilité civile"), true);
		assertThat(set.status()).as(set.body()).isEqualTo(200);
	}

	private byte[] request(List<String> codes, String minimum, String insurance) {
		var json = new StringBuilder("{\"criteria\": [");
		json.append(String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList())).append("], \"requirements\": {");
		json.append("\"").append(turnoverYears).append("\": \"3\"");
		if (minimum != null) {
			json.append(", \"").append(turnoverMinimum).append("\": \"").append(minimum).append("\"");
		}
		if (insurance != null) {
			json.append(", \"").append(insuranceType).append("\": \"").append(insurance).append("\"");
		}
		return json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static final String BOUNDARY = "dume-test-boundary";

	private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

	private static byte[] multipart(String fileName, byte[] file) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(file);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static Map<String, String> form(String... namesAndValues) {
		var form = new java.util.LinkedHashMap<String, String>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	private static Object answersOf(String body) {
		return JsonPath.read(body, "$.answers");
	}

	private WebVisitor signedIn(String email, String password) {
		var visitor = new WebVisitor(port);
		visitor.signIn(email, password);
		visitor.get("/mon-espace");
		return visitor;
	}
}
