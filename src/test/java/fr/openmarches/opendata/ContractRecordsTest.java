package fr.openmarches.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.LegalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Contract records through HTTP: made from a closed consultation, completed and published by its
 * buyer, their DECP valid against the official schema; incomplete ones refused with translated
 * problems and never exported; strangers reach nothing and change nothing; texts escaped.
 */
@IntegrationTest
@RecordApplicationEvents
class ContractRecordsTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	Contracts contracts;

	@Autowired
	DecpSchema schema;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	PurchasingEntityId entity;

	Buyers.Person buyer;

	ConsultationId consultation;

	String base;

	/** The clock is shared by the whole suite: moved on past a deadline, it would close everyone's consultations. */
	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@BeforeEach
	void aClosedConsultationAndItsBuyer() {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Ville DECP"), "75");
		buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		consultation = ContractFixtures.closedWithTwoLots(consultations, context, clock, entity,
				Fixtures.unique("Entretien des locaux"));
		base = "/api/v1/buyer/consultations/" + consultation + "/contracts";
	}

	@Test
	void aCompleteRecordIsPublishedAndItsDecpValidateAgainstTheOfficialSchema() throws Exception {
		var api = signedIn(buyer.email());
		var made = api.postJson(base, "{\"lot\": 1}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		var id = JsonPath.<String>read(made.body(), "$.id");
		var siret = jdbc.queryForObject("select siret from organisation.purchasing_entity where id = ?", String.class,
				entity.value());
		// prefilled from the consultation
		assertThat(JsonPath.<String>read(made.body(), "$.buyerSiret")).isEqualTo(siret);
		assertThat(JsonPath.<String>read(made.body(), "$.terms.cpv")).isEqualTo("90910000");
		assertThat(JsonPath.<String>read(made.body(), "$.terms.procedure")).isEqualTo("ADAPTED");
		assertThat(JsonPath.<String>read(made.body(), "$.terms.placeCode")).isEqualTo("75");
		assertThat(JsonPath.<String>read(made.body(), "$.terms.ccag")).isEqualTo("SUPPLIES_AND_SERVICES");
		assertThat(JsonPath.<String>read(made.body(), "$.terms.object")).endsWith("lot 1 : Nettoyage des bureaux");
		var decpId = JsonPath.<String>read(made.body(), "$.terms.decpId");
		assertThat(decpId).matches(today().getYear() + "\\d{6}01");
		assertThat(JsonPath.<List<String>>read(made.body(), "$.problems[*].code"))
			.contains("opendata.error.holders.missing", "opendata.error.amount", "opendata.error.duration");

		var holder = Fixtures.uniqueSiret().value();
		var revised = api.send("PUT", base + "/" + id, "application/json",
				bytes(ContractFixtures.terms(decpId, "Nettoyage des bureaux", holder, "125000.50", today().toString())), true);
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
		assertThat(JsonPath.<List<Object>>read(revised.body(), "$.problems")).isEmpty();

		var published = api.send("POST", base + "/" + id + "/publication", null, null, true);
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(published.body(), "$.state")).isEqualTo("PUBLISHED");

		var one = new WebVisitor(port).send("GET", "/api/v1/decp/" + id, null, null, false);
		assertThat(one.status()).isEqualTo(200);
		assertThat(DecpValidation.errors(one.body())).isEmpty();
		assertThat(JsonPath.<String>read(one.body(), "$.marches.marche[0].id")).isEqualTo(decpId);
		assertThat(JsonPath.<String>read(one.body(), "$.marches.marche[0].acheteur.id")).isEqualTo(siret);
		assertThat(JsonPath.<String>read(one.body(), "$.marches.marche[0].titulaires[0].titulaire.id")).isEqualTo(holder);
		assertThat(JsonPath.<String>read(one.body(), "$.marches.marche[0].titulaires[0].titulaire.typeIdentifiant")).isEqualTo("SIRET");
		assertThat(JsonPath.<Double>read(one.body(), "$.marches.marche[0].montant")).isEqualTo(125000.5);
		assertThat(JsonPath.<String>read(one.body(), "$.marches.marche[0].procedure")).isEqualTo("Procédure adaptée");
		assertThat(JsonPath.<String>read(one.body(), "$.marches.marche[0].datePublicationDonnees")).isEqualTo(today().toString());
		assertThat(JsonPath.<String>read(one.body(), "$.marches.marche[0].lieuExecution.typeCode")).isEqualTo("Code département");

		var all = new WebVisitor(port).download("/donnees-essentielles/decp.json");
		assertThat(all.status()).isEqualTo(200);
		var file = new String(all.bytes(), StandardCharsets.UTF_8);
		assertThat(DecpValidation.errors(file)).isEmpty();
		assertThat(JsonPath.<List<String>>read(file, "$.marches.marche[*].id")).contains(decpId);
		var apiFile = new WebVisitor(port).send("GET", "/api/v1/decp", null, null, false);
		assertThat(JsonPath.<List<String>>read(apiFile.body(), "$.marches.marche[*].id")).contains(decpId);

		var again = api.send("PUT", base + "/" + id, "application/json",
				bytes(ContractFixtures.terms(decpId, "Autre chose", holder, "1", today().toString())), true);
		assertThat(again.status()).as("a published record never changes").isEqualTo(409);
	}

	@Test
	void aPublishedRecordTakesModificationsInOrderAndItsDecpStillValidates() {
		var api = signedIn(buyer.email());
		var id = JsonPath.<String>read(api.postJson(base, "{\"lot\": 1}").body(), "$.id");
		var decpId = jdbc.queryForObject("select decp_id from opendata.contract where id = ?::uuid", String.class, id);
		var notified = today().minusDays(1);
		api.send("PUT", base + "/" + id, "application/json",
				bytes(ContractFixtures.terms(decpId, "Nettoyage des bureaux", Fixtures.uniqueSiret().value(), "125000", notified.toString())), true);
		var modifications = base + "/" + id + "/modifications";
		var change = "{\"notifiedOn\": \"%s\", \"durationMonths\": %s, \"amount\": %s}";
		assertThat(api.send("POST", modifications, "application/json", bytes(change.formatted(today(), 30, "130000")), true).status())
			.as("not before publication").isEqualTo(409);
		assertThat(api.send("POST", base + "/" + id + "/publication", null, null, true).status()).isEqualTo(200);

		var future = api.send("POST", modifications, "application/json", bytes(change.formatted(today().plusDays(1), 30, "null")), true);
		assertThat(future.status()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(future.body(), "$.problems[*].code")).containsExactly("opendata.error.modification.notifiedOn");
		var nothing = api.send("POST", modifications, "application/json", bytes(change.formatted(today(), "null", "null")), true);
		assertThat(JsonPath.<List<String>>read(nothing.body(), "$.problems[*].code")).containsExactly("opendata.error.modification.nothing");
		var before = api.send("POST", modifications, "application/json", bytes(change.formatted(notified.minusDays(1), 30, "null")), true);
		assertThat(before.status()).as("before the contract's notification").isEqualTo(400);

		var first = api.send("POST", modifications, "application/json", bytes(change.formatted(today(), 30, "null")), true);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(JsonPath.<Integer>read(first.body(), "$.number")).isEqualTo(1);
		var second = api.send("POST", modifications, "application/json", bytes(change.formatted(today(), "null", "137500.25")), true);
		assertThat(JsonPath.<Integer>read(second.body(), "$.number")).isEqualTo(2);

		var one = new WebVisitor(port).send("GET", "/api/v1/decp/" + id, null, null, false).body();
		assertThat(DecpValidation.errors(one)).isEmpty();
		assertThat(JsonPath.<List<Integer>>read(one, "$.marches.marche[0].modifications[*].modification.id")).containsExactly(1, 2);
		assertThat(JsonPath.<Integer>read(one, "$.marches.marche[0].modifications[0].modification.dureeMois")).isEqualTo(30);
		assertThat(JsonPath.<Double>read(one, "$.marches.marche[0].modifications[1].modification.montant")).isEqualTo(137500.25);
		assertThat(JsonPath.<Number>read(one, "$.marches.marche[0].montant").doubleValue()).as("the data published stay").isEqualTo(125000.0);
		assertThat(DecpValidation.errors(new String(new WebVisitor(port).download("/donnees-essentielles/decp.json").bytes(),
				StandardCharsets.UTF_8))).isEmpty();
		assertThat(api.get("/acheteur/consultations/" + consultation + "/contrats/" + id).body())
			.contains("Modifications (avenants)", "Modification n° 2", "137500.25");

		var stranger = signedIn(Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Ville voisine"), "92"), AgentRole.BUYER).email());
		assertThat(stranger.send("POST", modifications, "application/json", bytes(change.formatted(today(), 40, "null")), true).status())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from opendata.contract_modification where contract_id = ?::uuid",
				Integer.class, id)).isEqualTo(2);
	}

	@Test
	void anIncompleteRecordIsRefusedWithTranslatedProblemsAndNeverExported() {
		var api = signedIn(buyer.email());
		var id = JsonPath.<String>read(api.postJson(base, "{\"lot\": 2}").body(), "$.id");
		var decpId = "BAD" + Fixtures.uniqueWord("x").substring(0, 6);
		var body = ContractFixtures.terms(decpId, "Espaces verts", "x", "0", today().plusDays(3).toString())
			.replace("\"cpv\": \"90910000\"", "\"cpv\": \"12345678\"")
			.replace("[{\"idType\": \"SIRET\", \"identifier\": \"x\", \"name\": \"Propreté Parisienne\"}]", "[]");
		assertThat(api.send("PUT", base + "/" + id, "application/json", bytes(body), true).status()).isEqualTo(200);

		var refused = api.send("POST", base + "/" + id + "/publication", null, null, true, "Accept-Language", "fr");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(refused.body(), "$.problems[*].code")).contains(
				"opendata.error.holders.missing", "opendata.error.amount", "opendata.error.cpv",
				"opendata.error.notification.future");
		assertThat(JsonPath.<List<String>>read(refused.body(), "$.problems[*].message"))
			.contains("Le marché doit avoir au moins un titulaire.", "Le montant HT doit être d’au moins 1 €.");

		assertThat(jdbc.queryForObject("select state from opendata.contract where id = ?::uuid", String.class, id))
			.isEqualTo("DRAFT");
		assertThat(new WebVisitor(port).send("GET", "/api/v1/decp/" + id, null, null, false).status()).isEqualTo(404);
		assertThat(new WebVisitor(port).get("/donnees-essentielles/" + id).status()).isEqualTo(404);
		var all = new WebVisitor(port).send("GET", "/api/v1/decp", null, null, false);
		assertThat(JsonPath.<List<String>>read(all.body(), "$.marches.marche[*].id")).doesNotContain(decpId);
		assertThat(DecpValidation.errors(all.body())).isEmpty();

		// the page shows the same list, translated
		var page = api.get("/acheteur/consultations/" + consultation + "/contrats/" + id);
		assertThat(page.body()).contains("Le marché doit avoir au moins un titulaire.", "id=\"problems\"");

		var english = api.send("POST", base + "/" + id + "/publication?lang=en", null, null, true);
		assertThat(JsonPath.<List<String>>read(english.body(), "$.problems[*].message"))
			.contains("The contract must have at least one holder.");
	}

	@Test
	void theSchemaItselfRefusesAnInvalidFileInTheReadersLanguage() throws Exception {
		var json = new tools.jackson.databind.json.JsonMapper();
		var invalid = json.readTree(Files.readString(java.nio.file.Path.of("src/test/resources/decp/invalid.json")));
		var french = schema.problems(invalid, java.util.Locale.FRENCH);
		assertThat(french).isNotEmpty().allSatisfy(v -> assertThat(v.messageKey()).isEqualTo("opendata.error.schema"));
		assertThat(french).extracting(v -> v.arguments().get(0).toString()).anyMatch(path -> path.contains("montant"));
		assertThat(french).extracting(v -> v.arguments().get(1).toString()).anyMatch(text -> text.contains("doit"));
		var english = schema.problems(invalid, java.util.Locale.ENGLISH);
		assertThat(english).extracting(v -> v.arguments().get(1).toString()).anyMatch(text -> text.contains("must"));
		var valid = json.readTree(Files.readString(java.nio.file.Path.of("src/test/resources/decp/valid.json")));
		assertThat(schema.problems(valid, java.util.Locale.FRENCH)).isEmpty();
	}

	@Test
	void theAwardDraftsARecordWhichTheBuyerCompletesAndPublishesAsAnEvent() {
		var holder = Holder.siret(Fixtures.uniqueSiret().value(), "Propreté Parisienne");
		var id = contracts.draft(consultation, 1, List.of(holder), new java.math.BigDecimal("98000"), 4);
		var drafted = contracts.find(buyer.account(), id);
		assertThat(drafted.terms().holders()).containsExactly(holder);
		assertThat(drafted.terms().offersReceived()).isEqualTo(4);
		assertThat(drafted.terms().amount()).isEqualByComparingTo("98000");
		assertThat(contracts.check(buyer.account(), id, java.util.Locale.FRENCH))
			.extracting(fr.openmarches.consultation.Violation::messageKey)
			.containsExactlyInAnyOrder("opendata.error.duration", "opendata.error.notification.missing");

		contracts.notified(id, today().minusDays(1));
		var t = drafted.terms();
		contracts.revise(buyer.account(), id, new ContractTerms(t.decpId(), t.nature(), t.object(), t.cpv(), t.techniques(),
				t.executionModes(), t.innovative(), t.ccag(), t.offersReceived(), t.advance(), t.advanceRate(), t.grouping(),
				t.subcontracting(), t.procedure(), t.placeCode(), t.placeType(), 24, today().minusDays(1), t.amount(),
				t.priceTypes(), t.priceForm(), t.social(), t.environmental(), t.holders()));
		var published = contracts.publish(buyer.account(), id, java.util.Locale.FRENCH);
		assertThat(published.publishedOn()).isEqualTo(today());
		assertThat(events.stream(ContractDataPublished.class)).singleElement().satisfies(e -> {
			assertThat(e.contract()).isEqualTo(id);
			assertThat(e.consultation()).isEqualTo(consultation);
			assertThat(e.lot()).isEqualTo(1);
			assertThat(e.decpId()).isEqualTo(t.decpId());
		});
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> contracts.notified(id, today()))
			.isInstanceOf(ContractStateException.class);
	}

	@Test
	void theShippedSchemaIsTheOfficialOne() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(DecpValidation.STANDARDS), "standards folder present");
		assertThat(Files.readAllBytes(DecpValidation.SHIPPED)).isEqualTo(Files.readAllBytes(DecpValidation.STANDARDS));
	}

	@Test
	void strangersReachNothingAndChangeNothing() {
		var api = signedIn(buyer.email());
		var id = JsonPath.<String>read(api.postJson(base, "{\"lot\": 1}").body(), "$.id");
		var decpId = jdbc.queryForObject("select decp_id from opendata.contract where id = ?::uuid", String.class, id);

		var other = Fixtures.newEntity(organisations, Fixtures.unique("Ville voisine"), "92");
		var stranger = signedIn(Buyers.appointed(accounts, organisations, other, AgentRole.BUYER).email());
		var terms = bytes(ContractFixtures.terms("VOLE01", "Volé", Fixtures.uniqueSiret().value(), "10", today().toString()));
		assertThat(stranger.send("GET", base, null, null, false).status()).isEqualTo(404);
		assertThat(stranger.send("GET", base + "/" + id, null, null, false).status()).isEqualTo(404);
		assertThat(stranger.send("PUT", base + "/" + id, "application/json", terms, true).status()).isEqualTo(404);
		assertThat(stranger.send("POST", base + "/" + id + "/publication", null, null, true).status()).isEqualTo(404);
		assertThat(stranger.postJson(base, "{\"lot\": 2}").status()).isEqualTo(404);
		assertThat(stranger.get("/acheteur/consultations/" + consultation + "/contrats").status()).isEqualTo(404);
		assertThat(stranger.get("/acheteur/consultations/" + consultation + "/contrats/" + id).status()).isEqualTo(404);
		// the record under another of the stranger's consultations' address: still not found
		assertThat(api.send("GET", "/api/v1/buyer/consultations/" + java.util.UUID.randomUUID() + "/contracts/" + id, null,
				null, false).status()).isEqualTo(404);

		assertThat(api.send("PUT", base + "/" + id, "application/json", terms, false).status()).as("no CSRF token")
			.isEqualTo(403);
		assertThat(api.postExactly("/acheteur/consultations/" + consultation + "/contrats/" + id + "/publication", Map.of())
			.status()).as("no CSRF token").isEqualTo(403);
		assertThat(new WebVisitor(port).send("GET", base + "/" + id, null, null, false).status()).isEqualTo(401);

		assertThat(jdbc.queryForMap("select decp_id, state, amount from opendata.contract where id = ?::uuid", id))
			.containsEntry("decp_id", decpId)
			.containsEntry("state", "DRAFT")
			.containsEntry("amount", null);
		assertThat(jdbc.queryForObject("select count(*) from opendata.contract where consultation_id = ?", Integer.class,
				consultation.value())).isEqualTo(1);
	}

	@Test
	void theBuyerFillsTheFormInFrenchAndTheTextsAreEscapedOnThePublicPage() {
		var page = signedIn(buyer.email());
		var list = page.get("/acheteur/consultations/" + consultation + "/contrats");
		assertThat(list.status()).isEqualTo(200);
		var created = page.post("/acheteur/consultations/" + consultation + "/contrats", Map.of("lot", "2"));
		assertThat(created.status()).isEqualTo(302);
		var address = created.location();
		var record = page.get(address);
		assertThat(record.status()).isEqualTo(200);
		var decpId = JsonPath.<String>read(page.send("GET", "/api/v1/buyer/consultations/" + consultation + "/contracts",
				null, null, false).body(), "$[0].terms.decpId");

		var evil = "<script>alert('x')</script> Tonte & taille";
		var form = new java.util.LinkedHashMap<String, String>();
		form.put("decpId", decpId);
		form.put("nature", "CONTRACT");
		form.put("object", evil);
		form.put("cpv", "77310000");
		form.put("techniques", "NONE");
		form.put("executionModes", "NONE");
		form.put("ccag", "SUPPLIES_AND_SERVICES");
		form.put("offersReceived", "2");
		form.put("grouping", "NONE");
		form.put("procedure", "ADAPTED");
		form.put("placeCode", "75056");
		form.put("placeType", "COMMUNE");
		form.put("durationMonths", "12");
		form.put("notifiedOn", today().toString());
		form.put("amount", "48 500,00");
		form.put("priceTypes", "FIRM");
		form.put("priceForm", "LUMP_SUM");
		form.put("social", "NONE");
		form.put("environmental", "CLAUSE");
		form.put("holderType", "SIRET");
		form.put("holderIdentifier", Fixtures.uniqueSiret().formatted());
		form.put("holderName", "<b>Jardins</b> & fils");
		var saved = page.post(address, form);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(page.get(address).body()).contains("id=\"ready\"");
		var published = page.post(address + "/publication", Map.of());
		assertThat(published.status()).isEqualTo(302);
		var id = address.substring(address.lastIndexOf('/') + 1);

		var visitor = new WebVisitor(port);
		var publicPage = visitor.get("/donnees-essentielles/" + id);
		assertThat(publicPage.status()).isEqualTo(200);
		assertThat(publicPage.body()).doesNotContain("<script>alert").doesNotContain("<b>Jardins</b>")
			.contains("&lt;script&gt;alert(", "&lt;b&gt;Jardins&lt;/b&gt; &amp; fils", "48 500,00 €");
		var listed = visitor.get("/donnees-essentielles?acheteur=" + entity.value() + "&annee=" + today().getYear());
		assertThat(listed.body()).contains("/donnees-essentielles/" + id).doesNotContain("<script>alert");
		var otherYear = visitor.get("/donnees-essentielles?acheteur=" + entity.value() + "&annee=" + (today().getYear() - 3));
		assertThat(otherYear.body()).doesNotContain("/donnees-essentielles/" + id);
		assertThat(DecpValidation.errors(visitor.send("GET", "/api/v1/decp/" + id, null, null, false).body())).isEmpty();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
	}

	private WebVisitor signedIn(String email) {
		var visitor = new WebVisitor(port);
		visitor.signIn(email, Buyers.PASSWORD);
		visitor.get("/");
		return visitor;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
