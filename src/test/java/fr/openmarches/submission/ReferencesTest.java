package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

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
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.vault.DocumentType;
import fr.openmarches.vault.Vault;

/**
 * « Dites-le-nous une fois »: a vault document the company gave to a purchasing entity in an opened
 * deposit is referenced, not sent again, in a deposit to a later consultation of the same entity;
 * after opening, that entity's buyers read it — the copy opened from the earlier deposit — and nobody
 * else. A document never given to this buyer, another company's, or references alone are refused.
 */
@IntegrationTest
class ReferencesTest {

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
	Vault vault;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aDocumentGivenToTheSameBuyerIsReferencedAndReadFromTheEarlierOpenedDeposit() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité qui se souvient"), "35");
		var elsewhere = Fixtures.newEntity(organisations, Fixtures.unique("Entité d’ailleurs"), "35");
		var founder = CompanyFixtures.person(accounts, "Youenn");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Menuiserie Bretonne"));
		var today = LocalDate.ofInstant(clock.instant(), fr.openmarches.platform.LegalTime.ZONE);
		var kbis = "%PDF-1.7 Kbis de la menuiserie".getBytes(StandardCharsets.UTF_8);
		var kbisVersion = vault.create(founder.id(), DocumentType.KBIS, "Kbis de la menuiserie",
				new Vault.Upload("kbis.pdf", "application/pdf", today.minusDays(3), today.plusYears(1),
						new ByteArrayInputStream(kbis))).current().id();
		var urssafVersion = vault.create(founder.id(), DocumentType.URSSAF, "Attestation jamais transmise",
				new Vault.Upload("urssaf.pdf", "application/pdf", today.minusDays(3), today.plusYears(1),
						new ByteArrayInputStream("%PDF urssaf".getBytes(StandardCharsets.UTF_8)))).current().id();
		var supplier = signedIn(founder.email(), CompanyFixtures.PASSWORD);

		// An earlier consultation of the entity: the Kbis is sent, and opened
		var earlier = published(entity, "Fenêtres de la mairie");
		var first = new DepositCalls(supplier)
			.add(earlier, "APPLICATION", null, "dume.pdf", "%PDF candidature".getBytes(StandardCharsets.UTF_8))
			.add(earlier, "APPLICATION", null, "kbis.pdf", kbis, kbisVersion)
			.deposit(earlier, OpeningFixtures.openingKeyPair().getPublic(), List.of());
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		var firstId = JsonPath.<String>read(first.body(), "$.id");
		var firstNumber = JsonPath.<String>read(first.body(), "$.number");
		var later = published(entity, "Portes de l’école");
		assertThat(supplier.get("/consultations/" + later.value() + "/depot").body())
			.as("not offered before the earlier deposit opened").doesNotContain("id=\"reference-" + kbisVersion + "\"");
		close(earlier);
		OpeningFixtures.open(earlier, Envelope.APPLICATION);

		// The later consultation's page offers to reference it; another entity's does not
		later = published(entity, "Portes de l’école, second appel");
		var other = published(elsewhere, "Volets de la gare");
		assertThat(supplier.get("/consultations/" + later.value() + "/depot").body())
			.contains("id=\"reference-" + kbisVersion + "\"", "transmis avec le pli " + firstNumber)
			.doesNotContain("id=\"reference-" + urssafVersion + "\"");
		assertThat(supplier.get("/consultations/" + other.value() + "/depot").body())
			.doesNotContain("id=\"reference-");

		// refused: to another buyer, a document never given, another company's, references alone
		assertThat(refused(supplier, other, kbisVersion, true)).contains("n’a jamais été transmis à cet acheteur");
		assertThat(refused(supplier, later, urssafVersion, true)).contains("n’a jamais été transmis à cet acheteur");
		var rival = CompanyFixtures.person(accounts, "Rozenn");
		CompanyFixtures.company(companies, rival, Fixtures.unique("Rivaux d’Armor"));
		assertThat(refused(signedIn(rival.email(), CompanyFixtures.PASSWORD), later, kbisVersion, true))
			.contains("n’est pas dans le coffre-fort de votre entreprise");
		assertThat(refused(supplier, later, kbisVersion, false)).contains("au moins un fichier de candidature");

		// referenced, not sent: no piece for it, the reference names the earlier opened copy
		var second = new DepositCalls(supplier)
			.add(later, "APPLICATION", null, "dume.pdf", "%PDF nouvelle candidature".getBytes(StandardCharsets.UTF_8))
			.deposit(later, OpeningFixtures.openingKeyPair().getPublic(), List.of(), references(kbisVersion));
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		assertThat(JsonPath.<List<Object>>read(second.body(), "$.pieces")).hasSize(1);
		assertThat(JsonPath.<String>read(second.body(), "$.references[0].sourceDeposit")).isEqualTo(firstId);
		assertThat(JsonPath.<String>read(second.body(), "$.references[0].title")).isEqualTo("Kbis de la menuiserie");
		var secondId = UUID.fromString(JsonPath.read(second.body(), "$.id"));
		assertThat(new String(supplier.download("/api/v1/me/deposits/" + secondId + "/manifest").bytes(),
				StandardCharsets.UTF_8)).contains("\"references\":[", "\"sourceDeposit\":\"" + firstId + "\"");
		assertThat(supplier.get("/mon-espace/depots/" + secondId).body())
			.contains("Déjà transmis avec le pli " + firstNumber);

		// The buyer of the entity reads it once the candidature is opened, from the earlier opened copy
		var buyer = signedIn(buyer(entity), Buyers.PASSWORD);
		var url = "/api/v1/buyer/consultations/" + later + "/opening-session/references/" + secondId + "/0";
		close(later);
		assertThat(buyer.download(url).status()).as("still sealed").isEqualTo(404);
		OpeningFixtures.open(later, Envelope.APPLICATION);
		var read = buyer.download(url);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.bytes()).isEqualTo(kbis);
		assertThat(read.headers().firstValue("Content-Disposition").orElseThrow()).contains("kbis.pdf");
		var view = buyer.send("GET", "/api/v1/buyer/consultations/" + later + "/opening-session", null, null, false).body();
		assertThat(JsonPath.<List<String>>read(view, "$.deposits[?(@.id == '" + secondId + "')].references[0].number"))
			.containsExactly(firstNumber);
		var earlierView = buyer.send("GET", "/api/v1/buyer/consultations/" + earlier + "/opening-session", null, null,
				false).body();
		assertThat(JsonPath.<List<String>>read(earlierView, "$.deposits[?(@.id == '" + firstId + "')].pieces[1].origin.kind"))
			.containsExactly("VAULT");
		assertThat(buyer.get("/acheteur/consultations/" + later + "/ouverture").body())
			.contains("Document déjà transmis, non renvoyé", "Extrait Kbis — Kbis de la menuiserie", firstNumber);

		// nobody else: another entity's buyer, the supplier, a stranger; the vault stays closed to buyers
		assertThat(signedIn(buyer(elsewhere), Buyers.PASSWORD).download(url).status()).isEqualTo(404);
		assertThat(supplier.download(url).status()).isIn(403, 404);
		assertThat(new WebVisitor(port).download(url).status()).isIn(401, 403, 404);
		assertThat(buyer.download("/api/v1/my-company/vault/versions/" + kbisVersion + "/content").status())
			.isIn(403, 404);
		assertThat(buyer.download("/api/v1/buyer/consultations/" + later + "/opening-session/references/" + secondId
				+ "/1").status()).isEqualTo(404);
	}

	@Test
	void anEarlierVersionStillValidAndGivenToTheBuyerIsReferencedWhenTheCurrentOneWasNeverGiven() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des versions"), "29");
		var founder = CompanyFixtures.person(accounts, "Goulven");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Charpentes du Léon"));
		var today = LocalDate.ofInstant(clock.instant(), fr.openmarches.platform.LegalTime.ZONE);
		var kbisV1 = "%PDF-1.7 Kbis de mars".getBytes(StandardCharsets.UTF_8);
		var kbis = vault.create(founder.id(), DocumentType.KBIS, "Kbis des charpentes", new Vault.Upload("kbis-mars.pdf",
				"application/pdf", today.minusDays(30), today.plusMonths(3), new ByteArrayInputStream(kbisV1)));
		var v1 = kbis.current().id();
		var urssafBytes = "%PDF attestation bientôt échue".getBytes(StandardCharsets.UTF_8);
		var urssaf = vault.create(founder.id(), DocumentType.URSSAF, "Attestation de vigilance", new Vault.Upload(
				"urssaf.pdf", "application/pdf", today.minusMonths(5), today.plusDays(5),
				new ByteArrayInputStream(urssafBytes))).current().id();
		var supplier = signedIn(founder.email(), CompanyFixtures.PASSWORD);

		// version 1 of the Kbis and the attestation are given to the entity, and opened
		var earlier = published(entity, "Charpente du préau");
		var first = new DepositCalls(supplier)
			.add(earlier, "APPLICATION", null, "kbis-mars.pdf", kbisV1, v1)
			.add(earlier, "APPLICATION", null, "urssaf.pdf", urssafBytes, urssaf)
			.deposit(earlier, OpeningFixtures.openingKeyPair().getPublic(), List.of());
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		var firstNumber = JsonPath.<String>read(first.body(), "$.number");
		close(earlier);
		OpeningFixtures.open(earlier, Envelope.APPLICATION);

		// a newer Kbis is uploaded since: never given to this buyer
		var kbisV2 = "%PDF-1.7 Kbis de juin".getBytes(StandardCharsets.UTF_8);
		var v2 = vault.addVersion(founder.id(), kbis.id(), new Vault.Upload("kbis-juin.pdf", "application/pdf", today,
				today.plusMonths(6), new ByteArrayInputStream(kbisV2))).current().id();
		assertThat(v2).isNotEqualTo(v1);

		// the page offers the version the buyer holds, not the newer one; the expired attestation is not offered
		var later = published(entity, "Charpente de la halle");
		assertThat(supplier.get("/consultations/" + later.value() + "/depot").body())
			.contains("id=\"reference-" + v1 + "\"", "transmis avec le pli " + firstNumber)
			.doesNotContain("id=\"reference-" + v2 + "\"", "id=\"reference-" + urssaf + "\"");
		assertThat(refused(supplier, later, v2, true)).contains("n’a jamais été transmis à cet acheteur");
		assertThat(refused(supplier, later, urssaf, true)).contains("n’est plus valable");

		var second = new DepositCalls(supplier)
			.add(later, "APPLICATION", null, "dume.pdf", "%PDF candidature".getBytes(StandardCharsets.UTF_8))
			.deposit(later, OpeningFixtures.openingKeyPair().getPublic(), List.of(), references(v1));
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(second.body(), "$.references[0].vaultVersion")).isEqualTo(v1.toString());
		var secondId = UUID.fromString(JsonPath.read(second.body(), "$.id"));

		// the buyer reads the earlier deposit's opened copy: version 1, never the vault's current one
		var buyer = signedIn(buyer(entity), Buyers.PASSWORD);
		close(later);
		OpeningFixtures.open(later, Envelope.APPLICATION);
		var read = buyer.download("/api/v1/buyer/consultations/" + later + "/opening-session/references/" + secondId + "/0");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.bytes()).isEqualTo(kbisV1);
	}

	private String refused(WebVisitor visitor, ConsultationId consultation, UUID version, boolean withAFile)
			throws Exception {
		var calls = new DepositCalls(visitor);
		if (withAFile) {
			calls.add(consultation, "APPLICATION", null, "dume.pdf", "%PDF autre".getBytes(StandardCharsets.UTF_8));
		}
		else {
			calls.add(consultation, "OFFER", null, "offre.pdf", "%PDF prix".getBytes(StandardCharsets.UTF_8));
		}
		var made = calls.deposit(consultation, OpeningFixtures.openingKeyPair().getPublic(), List.of(),
				references(version));
		assertThat(made.status()).as(made.body()).isEqualTo(400);
		return made.body();
	}

	private static String references(UUID version) {
		return "[{\"vaultVersion\": \"" + version + "\"}]";
	}

	private ConsultationId published(PurchasingEntityId entity, String title) {
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique(title),
				clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, id);
		return id;
	}

	private void close(ConsultationId id) {
		clock.advance(Duration.ofDays(11));
		ConsultationFixtures.applyDue(context);
	}

	private Buyers.Person buyer(PurchasingEntityId entity) {
		return Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
	}

	private WebVisitor signedIn(String email, String password) {
		var visitor = new WebVisitor(port);
		visitor.signIn(email, password);
		visitor.get("/");
		return visitor;
	}

	private WebVisitor signedIn(Buyers.Person person, String password) {
		return signedIn(person.email(), password);
	}
}
