package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationDetails.DocumentView;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationSettings;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * What buyers get wrong, and what they get back: a clear explanation in their language next to
 * the field, everything they typed kept, nothing saved; and what they type shown as text, never
 * run as markup.
 */
@IntegrationTest
class BuyerBadInputTest {

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	BuyerConsultations buyers;

	@Autowired
	ConsultationSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	PurchasingEntityId entity;

	Buyers.Person buyer;

	WebVisitor visitor;

	String marker;

	@BeforeEach
	void aBuyerSignedIn() {
		marker = Fixtures.unique("Saisie").replace(" ", "");
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité saisie"), "69");
		buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		visitor = new WebVisitor(port);
		visitor.signIn(buyer.email(), Buyers.PASSWORD);
		visitor.get("/acheteur/consultations/nouvelle");
	}

	@Test
	void mistakesAreExplainedNextToTheirFieldsAndNothingTypedIsLost() {
		var form = form("REF-" + marker);
		form.put("title", "Nettoyage " + marker);
		form.put("mainCpv", "12345678");
		form.put("additionalCpv[0]", "");
		form.put("additionalCpv[1]", "88888888");
		form.put("lots[0].title", "Lot nord");
		form.put("lots[0].cpv", "99999999");
		form.put("lots[0].estimatedValue", "12 abc");
		form.put("estimatedValue", "1 380 000");
		form.put("questionsDeadline", "2031-02-01T12:00");
		form.put("depositDeadline", "2031-01-15T12:00");

		var page = visitor.post("/acheteur/consultations", form);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Le formulaire contient des erreurs")
			.contains("id=\"questionsDeadline-error\"")
			.contains("La date limite pour poser des questions doit précéder la date limite de remise des plis.")
			.contains("« 12345678 » n’est pas un code CPV")
			.contains("« 99999999 » n’est pas un code CPV")
			.contains("« 88888888 » n’est pas un code CPV")
			.contains("id=\"additionalCpv[1]-error\"")
			.contains("value=\"88888888\"")
			.contains("Ce n’est pas un montant")
			.contains("value=\"Nettoyage " + marker + "\"")
			.contains("value=\"Lot nord\"")
			.contains("value=\"12 abc\"")
			.contains("value=\"1 380 000\"")
			.contains("value=\"2031-02-01T12:00\"")
			.contains("aria-describedby=\"questionsDeadline-hint questionsDeadline-error\"");
		assertThat(created("REF-" + marker)).isZero();

		var english = visitor.post("/acheteur/consultations?lang=en", form);
		assertThat(english.body()).contains("The deadline for questions must come before the deadline for bids.")
			.contains("“12345678” is not a CPV code");
		assertThat(created("REF-" + marker)).isZero();
	}

	@Test
	void theApiExplainsTheSameMistakesFieldByField() {
		var json = """
				{"purchasingEntity": "%s", "reference": "API-%s", "title": "Titre", "object": "Objet",
				 "procedure": "OPEN_TENDER", "category": "SERVICES", "mainCpv": "12345678", "restricted": true,
				 "questionsDeadline": "2031-02-01T12:00:00+01:00", "depositDeadline": "2031-01-15T12:00:00+01:00",
				 "envelopes": []}""".formatted(entity, marker);
		var answer = visitor.send("POST", "/api/v1/buyer/consultations", "application/json",
				json.getBytes(StandardCharsets.UTF_8), true);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(JsonPath.<List<String>>read(answer.body(), "$.errors[*].field"))
			.containsExactlyInAnyOrder("mainCpv", "questionsDeadline", "envelopes", "restricted");
		assertThat(answer.body()).contains("La date limite pour poser des questions doit précéder");
		assertThat(created("API-" + marker)).isZero();

		var unreadable = visitor.send("POST", "/api/v1/buyer/consultations", "application/json",
				"{\"procedure\": \"LOTTERY\"}".getBytes(StandardCharsets.UTF_8), true);
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void markupInEveryTextIsShownAsTextOnEveryPage() {
		var form = form(SCRIPT);
		form.put("title", SCRIPT + " titre");
		form.put("object", SCRIPT + " objet");
		form.put("lots[0].title", SCRIPT + " lot");
		var created = visitor.post("/acheteur/consultations", form);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var path = pathOf(created.location());
		var id = ConsultationId.parse(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();

		visitor.get(path);
		var upload = new Multipart().field("kind", "RULES").field("title", SCRIPT + " règlement")
			.file("file", "RC.pdf", "%PDF règlement".getBytes(StandardCharsets.UTF_8));
		assertThat(visitor.send("POST", path + "/documents", upload.contentType(), upload.bytes(), true).status())
			.isEqualTo(302);
		assertThat(visitor.post(path + "/documents/papier",
				Map.of("title", SCRIPT + " plans", "howToObtain", SCRIPT + " accueil")).status()).isEqualTo(302);
		// reference, title, object, lot, rules' title, plans' title and how to obtain them
		assertShownAsText(visitor.get(path).body(), 7);
		assertShownAsText(visitor.get(path + "/publication").body(), 7);
		OpeningFixtures.prepare(id);
		assertThat(visitor.post(path + "/publication", Map.of()).status()).isEqualTo(302);

		var rules = buyers.find(buyer.account(), id).orElseThrow().rules().orElseThrow();
		visitor.get(path + "/modification");
		var change = new Multipart().field("reason", SCRIPT + " motif")
			.field("replacedDocument", rules.id().toString())
			.file("replacement", "RC-B.pdf", "%PDF règlement B".getBytes(StandardCharsets.UTF_8));
		assertThat(visitor.send("POST", path + "/modification", change.contentType(), change.bytes(), true).status())
			.isEqualTo(302);
		var publicPage = new WebVisitor(port).get("/consultations/" + id).body();
		assertShownAsText(publicPage, 8);
		assertThat(publicPage).contains(ESCAPED + " motif");

		visitor.get(path + "/annulation");
		assertThat(visitor.post(path + "/annulation", Map.of("reason", SCRIPT + " sans suite")).status()).isEqualTo(302);
		var cancelled = new WebVisitor(port).get("/consultations/" + id).body();
		assertShownAsText(cancelled, 9);
		assertThat(cancelled).contains(ESCAPED + " sans suite");
	}

	@Test
	void anEmptyFileIsRefusedWithItsName() {
		var id = draft();
		var path = "/acheteur/consultations/" + id;
		var upload = new Multipart().field("kind", "PIECE").field("title", "Titre gardé " + marker)
			.file("file", "vide.pdf", new byte[0]);
		var page = visitor.send("POST", path + "/documents", upload.contentType(), upload.bytes(), true);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Le fichier « vide.pdf » est vide (0 octet)")
			.contains("id=\"file-error\"")
			.contains("value=\"Titre gardé " + marker + "\"");
		assertThat(documents(id)).isEmpty();

		var api = visitor.send("POST", "/api/v1/buyer/consultations/" + id + "/documents?kind=PIECE",
				upload.contentType(), upload.bytes(), true);
		assertThat(api.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(api.body(), "$.errors[0].field")).isEqualTo("file");
		assertThat(documents(id)).isEmpty();
	}

	@Test
	void aFileNameLosesItsFoldersAndControlCharacters() {
		var id = draft();
		var sneaky = "../../../etc/\u0001CC\u0007TP\u202E lot 1.pdf";
		var upload = new Multipart().field("kind", "PIECE").file("file", sneaky, "%PDF cctp".getBytes());
		assertThat(visitor.send("POST", "/acheteur/consultations/" + id + "/documents", upload.contentType(),
				upload.bytes(), true).status()).isEqualTo(302);

		var windows = new Multipart().file("file", "..\\..\\Windows\\win.ini", "[x]".getBytes());
		var attached = visitor.send("POST", "/api/v1/buyer/consultations/" + id + "/documents?kind=PIECE",
				windows.contentType(), windows.bytes(), true);
		assertThat(attached.status()).isEqualTo(201);
		assertThat(JsonPath.<String>read(attached.body(), "$.fileName")).isEqualTo("win.ini");

		assertThat(documents(id)).extracting(DocumentView::fileName).containsExactly("CCTP lot 1.pdf", "win.ini");
		assertThat(visitor.get("/acheteur/consultations/" + id).body()).contains("CCTP lot 1.pdf")
			.doesNotContain("../", "\u202E", "\u0007", "\u0001");
	}

	@Test
	void aFileOverTheLimitIsRefusedAndTheLimitIsSaid() {
		var id = draft();
		var before = settings.maxDocumentSize();
		settings.changeMaxDocumentSize(DataSize.ofBytes(1000));
		try {
			var upload = new Multipart().field("kind", "PIECE").file("file", "gros.pdf", new byte[1500]);
			var page = visitor.send("POST", "/acheteur/consultations/" + id + "/documents", upload.contentType(),
					upload.bytes(), true);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("Le fichier « gros.pdf » dépasse la taille maximale de 1 ko.")
				.contains("taille maximale : 1 ko");
			var api = visitor.send("POST", "/api/v1/buyer/consultations/" + id + "/documents?kind=PIECE",
					upload.contentType(), upload.bytes(), true);
			assertThat(api.status()).isEqualTo(413);
			assertThat(JsonPath.<String>read(api.body(), "$.detail")).contains("1 ko");
			assertThat(documents(id)).isEmpty();

			var small = new Multipart().field("kind", "PIECE").file("file", "petit.pdf", new byte[1000]);
			assertThat(visitor.send("POST", "/acheteur/consultations/" + id + "/documents", small.contentType(),
					small.bytes(), true).status()).as("exactly at the limit").isEqualTo(302);
		}
		finally {
			settings.changeMaxDocumentSize(before);
		}
		assertThat(documents(id)).extracting(DocumentView::fileName).containsExactly("petit.pdf");
	}

	private ConsultationId draft() {
		var created = visitor.post("/acheteur/consultations", form("BROUILLON-" + marker));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var path = pathOf(created.location());
		visitor.get(path);
		return ConsultationId.parse(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
	}

	private List<DocumentView> documents(ConsultationId id) {
		return buyers.find(buyer.account(), id).orElseThrow().documents();
	}

	private int created(String reference) {
		return jdbc.queryForObject("select count(*) from consultation.consultation where reference = ?", Integer.class,
				reference);
	}

	private Map<String, String> form(String reference) {
		var form = new LinkedHashMap<String, String>();
		form.put("entity", entity.toString());
		form.put("reference", reference);
		form.put("title", "Consultation " + marker);
		form.put("object", "Objet de la consultation " + marker);
		form.put("procedure", "MAPA");
		form.put("category", "SERVICES");
		form.put("mainCpv", "90911200 — Services de nettoyage de bâtiments");
		form.put("depositDeadline", "2031-01-15T12:00");
		form.put("envelopes", "OFFER");
		form.put("restricted", "false");
		return form;
	}

	private static String pathOf(String location) {
		return location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "");
	}

	/** The markup typed is on the page as text, at least {@code times} times, and never as markup. */
	private static void assertShownAsText(String page, int times) {
		assertThat(page).doesNotContain("<script>alert");
		assertThat(page.split(Pattern.quote(ESCAPED), -1).length - 1).as("texts shown escaped")
			.isGreaterThanOrEqualTo(times);
	}
}
