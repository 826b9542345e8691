package fr.openmarches.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.Addendum;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Downloading a DCE over real HTTP, and the register the buyer reads. */
@IntegrationTest
class DownloadTest {

	static final String PASSWORD = "un mot de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	AccountService accounts;

	@Autowired
	DownloadRegister register;

	@Autowired
	MutableClock clock;

	@Autowired
	DevelopmentMailbox mailbox;

	PurchasingEntityId entity;

	ConsultationId consultation;

	List<java.util.UUID> files;

	@BeforeEach
	void aPublishedConsultationWithThreeFilesAndAPaperPiece() throws Exception {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des retraits"), "35");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Entretien des espaces verts"),
				clock.instant().plus(Duration.ofDays(30))));
		attach(DocumentKind.NOTICE, "Avis", "avis.pdf", "contenu de l'avis");
		attach(DocumentKind.RULES, "Règlement de la consultation", "RC.pdf", "contenu du règlement");
		attach(DocumentKind.PIECE, "CCTP", "CCTP.pdf", "contenu du CCTP");
		consultations.addPieceOnPaper(consultation, "Plans grand format", "Retrait sur place, 1 rue de l'Essai");
		OpeningFixtures.prepare(consultation);
		consultations.publish(consultation);
		files = catalogue.find(consultation).orElseThrow().documents().stream()
			.filter(d -> d.dematerialised()).map(d -> d.id()).toList();
	}

	@Test
	void aVisitorDownloadsTheWholeDceAnonymously() throws Exception {
		var visitor = new WebVisitor(port);
		var form = visitor.get(page());
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("avis.pdf", "RC.pdf", "CCTP.pdf").doesNotContain("Plans grand format");

		var answer = visitor.post(page(), fields(files, true, Map.of()));

		assertThat(answer.status()).isEqualTo(302);
		var zip = zipAt(answer.location());
		assertThat(zip).containsOnlyKeys(folder() + "/avis.pdf", folder() + "/RC.pdf", folder() + "/CCTP.pdf");
		assertThat(zip.get(folder() + "/CCTP.pdf")).isEqualTo("contenu du CCTP");
		var recorded = register.of(consultation);
		assertThat(recorded).hasSize(1);
		assertThat(recorded.getFirst().identified()).isFalse();
		assertThat(recorded.getFirst().wholeDce()).isTrue();
	}

	@Test
	void anIdentifiedVisitorTakesTwoPiecesAndWillBeToldOfChanges() throws Exception {
		var visitor = new WebVisitor(port);
		visitor.get(page());
		var email = Fixtures.unique("retrait").replace(' ', '-') + "@paysage.example";

		var answer = visitor.post(page(), fields(files.subList(1, 3), false,
				Map.of("givenName", "Jeanne", "familyName", "Durand", "company", "Paysages de l'Ouest", "email", email)));

		assertThat(zipAt(answer.location())).containsOnlyKeys(folder() + "/RC.pdf", folder() + "/CCTP.pdf");
		assertThat(register.identifiedDownloaders(consultation)).singleElement()
			.satisfies(who -> {
				assertThat(who.email()).isEqualTo(email);
				assertThat(who.company()).isEqualTo("Paysages de l'Ouest");
			});
		assertThat(register.of(consultation).getFirst().wholeDce()).isFalse();
	}

	@Test
	void anIncompleteIdentityIsSaidAndNothingIsRecordedOrLost() {
		var visitor = new WebVisitor(port);
		visitor.get(page());

		var answer = visitor.post(page(), fields(files, false,
				Map.of("givenName", "Jeanne", "familyName", "<script>alert(1)</script>", "company", "", "email", "pas-une-adresse")));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("Indiquez l’entreprise", "Indiquez une adresse électronique valide",
				"value=\"Jeanne\"", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(register.of(consultation)).isEmpty();
	}

	@Test
	void withoutAnyPieceTickedNothingIsDownloaded() {
		var visitor = new WebVisitor(port);
		visitor.get(page());

		var answer = visitor.post(page(), fields(List.of(), true, Map.of()));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("Cochez au moins une pièce");
		assertThat(register.of(consultation)).isEmpty();
	}

	@Test
	void aSignedInSupplierIsPrefilledAndIdentified() {
		var email = Fixtures.unique("membre").replace(' ', '-') + "@fournisseur.example";
		accounts.open(new NewAccount(email, PASSWORD, "Hugo", "Petit", null, Set.of(Role.SUPPLIER_MEMBER)));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);

		var form = visitor.get(page());

		assertThat(form.body()).contains("value=\"Hugo\"", "value=\"Petit\"", "value=\"" + email + "\"");
		visitor.post(page(), fields(files, false, Map.of("givenName", "Hugo", "familyName", "Petit", "company",
				"Petit et fils", "email", email)));
		assertThat(register.of(consultation).getFirst().account()).isNotNull();
	}

	@Test
	void draftsUnknownPiecesAndOtherConsultationsDownloadsAreNotFound() throws Exception {
		var draft = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Brouillon"),
				clock.instant().plus(Duration.ofDays(30))));
		var visitor = new WebVisitor(port);
		assertThat(visitor.get("/consultations/" + draft.value() + "/telechargement").status()).isEqualTo(404);

		visitor.get(page());
		var other = visitor.post(page(), fields(List.of(java.util.UUID.randomUUID()), true, Map.of()));
		assertThat(other.status()).isEqualTo(200);
		assertThat(register.of(consultation)).isEmpty();

		var mine = visitor.post(page(), fields(files, true, Map.of())).location();
		var downloadId = mine.substring(mine.lastIndexOf('/') + 1);
		assertThat(visitor.get("/consultations/" + draft.value() + "/telechargement/" + downloadId).status()).isEqualTo(404);
	}

	@Test
	void theBuyersOfTheEntityReadTheRegisterAndNobodyElse() {
		var visitor = new WebVisitor(port);
		visitor.get(page());
		visitor.post(page(), fields(files, false, Map.of("givenName", "Jeanne", "familyName", "Durand", "company",
				"=HYPERLINK(\"http://evil\")", "email", "jeanne.durand@paysage.example")));

		var buyer = buyerOf(entity);
		var csv = buyer.get("/acheteur/consultations/" + consultation.value() + "/retraits.csv");
		assertThat(buyer.get("/acheteur/consultations/" + consultation.value() + "/retraits").body())
			.contains("Registre des retraits", "Jeanne Durand", "jeanne.durand@paysage.example");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).contains("\"Durand\";\"Jeanne\";\"'=HYPERLINK(\"\"http://evil\"\")\"");

		var otherBuyer = buyerOf(Fixtures.newEntity(organisations, Fixtures.unique("Autre entité"), "13"));
		assertThat(otherBuyer.get("/acheteur/consultations/" + consultation.value() + "/retraits").status()).isEqualTo(404);
		assertThat(otherBuyer.get("/acheteur/consultations/" + consultation.value() + "/retraits.csv").status()).isEqualTo(404);
		assertThat(otherBuyer.get("/api/v1/buyer/consultations/" + consultation.value() + "/downloads", "Accept",
				"application/json").status()).isEqualTo(404);

		var supplierEmail = Fixtures.unique("f").replace(' ', '-') + "@fournisseur.example";
		accounts.open(new NewAccount(supplierEmail, PASSWORD, "Léo", "Marin", null, Set.of(Role.SUPPLIER_MEMBER)));
		var supplier = new WebVisitor(port);
		supplier.signIn(supplierEmail, PASSWORD);
		assertThat(supplier.get("/acheteur/consultations/" + consultation.value() + "/retraits").status()).isEqualTo(403);
		assertThat(new WebVisitor(port).get("/acheteur/consultations/" + consultation.value() + "/retraits").status())
			.isEqualTo(302);
	}

	@Test
	void theApiRecordsADownloadWithoutSessionAndStreamsItsArchive() throws Exception {
		var http = HttpClient.newHttpClient();
		var created = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/consultations/" + consultation.value() + "/downloads"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"documents": [], "downloader": {"givenName": "Ada", "familyName": "Lovelace", "company": "Analytical",
					 "email": "ada@analytical.example", "language": "en"}}"""))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(created.statusCode()).isEqualTo(201);
		var archive = created.headers().firstValue("Location").orElseThrow();
		assertThat(zipAt(archive)).hasSize(3);
		assertThat(register.identifiedDownloaders(consultation)).singleElement()
			.satisfies(who -> assertThat(who.locale().getLanguage()).isEqualTo("en"));

		var invalid = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/consultations/" + consultation.value() + "/downloads"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"downloader\": {\"givenName\": \"Ada\", \"email\": \"nope\"}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(new WebVisitor(port).get("/v3/api-docs", "Accept", "application/json").body())
			.contains("/api/v1/consultations/{id}/downloads", "/api/v1/buyer/consultations/{id}/downloads");
	}

	@Test
	void aSingleFileIsAlwaysAnAttachmentAndIsRegistered() {
		var answer = new WebVisitor(port).get("/consultations/" + consultation.value() + "/documents/" + files.get(1));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Disposition")).startsWith("attachment").contains("RC.pdf");
		assertThat(answer.body()).isEqualTo("contenu du règlement");
		assertThat(register.of(consultation)).singleElement().satisfies(d -> assertThat(d.pieces()).hasSize(1));
	}

	@Test
	void myDownloadsAreMineOnlyOnThePageAndThroughTheApi() {
		var mine = supplier("Hugo");
		var other = supplier("Lina");
		mine.get(page());
		mine.post(page(), fields(files.subList(2, 3), false,
				Map.of("givenName", "Hugo", "familyName", "Petit", "company", "Petit et fils", "email", "hugo@petit.example")));
		var reference = catalogue.find(consultation).orElseThrow().reference();

		var myPage = mine.get("/mon-espace/telechargements");
		assertThat(myPage.status()).isEqualTo(200);
		assertThat(myPage.body()).contains(reference, "CCTP.pdf", "Partiel").doesNotContain("Vous n’avez encore téléchargé");
		assertThat(mine.get("/api/v1/me/downloads").body()).contains(consultation.value().toString(), "CCTP.pdf");

		assertThat(other.get("/mon-espace/telechargements").body()).contains("Vous n’avez encore téléchargé")
			.doesNotContain(reference);
		assertThat(other.get("/api/v1/me/downloads").body()).isEqualTo("[]");
		assertThat(new WebVisitor(port).get("/api/v1/me/downloads").status()).isEqualTo(401);
	}

	@Test
	void aChangeIsMailedOnceToEveryIdentifiedDownloaderAndToNobodyElse() throws Exception {
		var email = Fixtures.unique("changement").replace(' ', '-') + "@paysage.example";
		var visitor = new WebVisitor(port);
		visitor.get(page());
		var jeanne = Map.of("givenName", "Jeanne", "familyName", "Durand", "company", "Paysages", "email", email);
		visitor.post(page(), fields(files, false, jeanne));
		visitor.post(page(), fields(files.subList(0, 1), false, Map.of("givenName", "Jeanne", "familyName", "Durand",
				"company", "Paysages", "email", email.toUpperCase(java.util.Locale.ROOT))));
		visitor.post(page(), fields(files, true, Map.of()));
		var cctp = catalogue.find(consultation).orElseThrow().documents().stream()
			.filter(d -> "CCTP.pdf".equals(d.fileName())).findFirst().orElseThrow().id();

		consultations.publishChange(consultation, new Addendum("Plan de masse corrigé.", List.of(new Addendum.Replacement(cctp,
				ConsultationFixtures.file("CCTP", "CCTP-v2.pdf", "nouveau CCTP".getBytes(StandardCharsets.UTF_8)))), List.of(),
				List.of()));

		await().atMost(Duration.ofSeconds(15)).until(() -> !mailbox.receivedBy(email).isEmpty());
		var mail = mailbox.receivedBy(email).getFirst();
		assertThat(mail.subject()).startsWith("Modification du dossier de la consultation");
		assertThat(mail.text()).contains("modification n° 1", "Plan de masse corrigé.", "Remplacé : CCTP");
		assertThat(mail.links()).anyMatch(link -> link.endsWith("/consultations/" + consultation.value()));
		// the same person, whatever the case of their address, is told once; anonymous downloads cannot be
		assertThat(register.identifiedDownloaders(consultation)).singleElement()
			.satisfies(who -> assertThat(who.email()).isEqualToIgnoringCase(email));
	}

	private WebVisitor supplier(String givenName) {
		var email = Fixtures.unique(givenName).replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "@fournisseur.example";
		accounts.open(new NewAccount(email, PASSWORD, givenName, "Petit", null, Set.of(Role.SUPPLIER_MEMBER)));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);
		return visitor;
	}

	private WebVisitor buyerOf(PurchasingEntityId entity) {
		var email = Fixtures.unique("acheteur").replace(' ', '-') + "@entite.example";
		var account = accounts.open(new NewAccount(email, PASSWORD, "Claire", "Martin", null, Set.of()));
		organisations.appoint(entity, account, Set.of(AgentRole.BUYER));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);
		return visitor;
	}

	private Map<String, String> fields(List<java.util.UUID> documents, boolean anonymous, Map<String, String> identity) {
		// a form may repeat "documents": the visitor posts them as one comma-separated value, which Spring binds too
		var fields = new LinkedHashMap<String, String>(identity);
		fields.put("anonymous", Boolean.toString(anonymous));
		if (!documents.isEmpty()) {
			fields.put("documents", String.join(",", documents.stream().map(Object::toString).toList()));
		}
		return fields;
	}

	private Map<String, String> zipAt(String location) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : base() + location)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
		var entries = new LinkedHashMap<String, String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	private void attach(DocumentKind kind, String title, String name, String content) throws Exception {
		consultations.attach(consultation, kind, ConsultationFixtures.file(title, name, content.getBytes(StandardCharsets.UTF_8)));
	}

	private String folder() {
		return catalogue.find(consultation).orElseThrow().reference().replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", "_");
	}

	private String page() {
		return "/consultations/" + consultation.value() + "/telechargement";
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
