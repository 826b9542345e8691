package fr.openmarches.consultation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.notification.DevelopmentMailbox.ReceivedMail;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.LegalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultation's life before the bids: a buyer drafts it with two lots and three documents,
 * reviews it and publishes it; a company member finds it by a plural keyword, downloads two
 * pieces identified and asks a question; the buyer answers, and the answer reaches the member by
 * mail; the buyer replaces a piece with a change, which reaches the member by mail too, and can
 * still download the old version; the deadline passes and the consultation shows as closed; the
 * buyer exports the download register.
 */
class PublishingAConsultationJourneyTest extends BrowserTest {

	static final byte[] FIRST_CCTP = "%PDF-1.7 CCTP, première version".getBytes(StandardCharsets.UTF_8);

	static final byte[] BPU = "%PDF-1.7 bordereau des prix".getBytes(StandardCharsets.UTF_8);

	static final byte[] SECOND_CCTP = "%PDF-1.7 CCTP, seconde version".getBytes(StandardCharsets.UTF_8);

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	Chronograph chronograph;

	@Test
	void aConsultationFromItsPublicationToItsClosing() throws Exception {
		var title = Fixtures.unique("Gardiennage des entrepôts");
		var word = title.substring(title.lastIndexOf(' ') + 1);
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Base logistique"), "33");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var supplier = CompanyFixtures.person(accounts, "Inès");
		CompanyFixtures.company(companies, supplier, Fixtures.unique("Veille Sécurité"));
		var deadline = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(20)), LegalTime.ZONE)
			.withHour(12)
			.truncatedTo(ChronoUnit.HOURS);

		// The buyer signs in and opens their consultations
		signIn(page, buyer.email(), Buyers.PASSWORD);
		page.navigate("/acheteur/consultations");
		assertThat(page.locator("h1")).hasText("Mes consultations");

		// They draft a new consultation
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle consultation")).click();
		assertThat(page.locator("h1")).hasText("Nouvelle consultation");
		page.getByLabel("Référence").fill("GARD-" + word);
		page.getByLabel("Intitulé *", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("Objet de la consultation").fill("Gardiennage de deux entrepôts, jour et nuit, pendant deux ans.");
		page.getByLabel("Procédure *").selectOption("MAPA");
		page.getByLabel("Catégorie *").selectOption("SERVICES");

		// The CPV picker suggests codes as they type, and they take the security services
		var mainCpv = page.locator("#mainCpv");
		mainCpv.pressSequentially("7971");
		assertThat(page.locator("#mainCpv-options option").first()).hasAttribute("value", Pattern.compile("^7971"));
		mainCpv.fill("79710000 — Services de sécurité");

		// Two lots: each row appears with the cursor in its title, without losing anything typed
		page.locator("#add-lot").click();
		assertThat(page.locator("#lot-0-title")).isFocused();
		page.locator("#lot-0-title").fill("Entrepôt de Mérignac");
		page.locator("#lot-0-value").fill("60 000");
		page.locator("#add-lot").click();
		assertThat(page.locator("#lot-1-title")).isFocused();
		assertThat(page.locator("#lot-0-title")).hasValue("Entrepôt de Mérignac");
		page.locator("#lot-1-title").fill("Entrepôt de Bègles");
		page.locator("#lot-1-value").fill("45 000");

		page.getByLabel("Date limite de remise des plis").fill(deadline.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		page.locator("#save-draft").click();
		assertThat(page.locator(".fr-alert--success")).containsText("Le brouillon est enregistré");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("#still-missing")).containsText("Le règlement de la consultation (RC) n’est pas joint.");

		// They attach the rules and two pieces of the DCE
		attach("RULES", "RC.pdf", "%PDF-1.7 règlement".getBytes(StandardCharsets.UTF_8));
		attach("PIECE", "CCTP.pdf", FIRST_CCTP);
		attach("PIECE", "BPU.pdf", BPU);
		assertThat(page.locator("#documents-table tbody tr")).hasCount(3);

		// The opening commission is chosen and the opening key made (that ceremony has its own journey)
		OpeningFixtures.prepare(new ConsultationId(UUID.fromString(page.url().replaceAll(".*/consultations/([0-9a-f-]{36}).*", "$1"))));

		// They review the draft, then publish it
		page.locator("#review-link").click();
		assertThat(page.locator("h1")).hasText("Vérifier et publier");
		assertThat(page.locator("#review-ready")).containsText("La consultation peut être publiée");
		assertThat(page.locator("#eu-assessment")).containsText("sous le seuil européen");
		page.locator("#publish").click();
		assertThat(page.locator(".fr-alert--success")).containsText("La consultation est publiée");
		assertThat(page.locator("#badges")).containsText("En cours");
		var buyersPage = page.url();

		// A company member finds it with a plural keyword, and reads its lots and documents
		var visitor = newVisitor();
		signIn(visitor, supplier.email(), CompanyFixtures.PASSWORD);
		visitor.navigate("/consultations");
		visitor.locator("input[name=q]").fill("gardiennages " + word);
		visitor.locator("input[name=q]").press("Enter");
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(visitor.locator("h1")).hasText(title);
		var consultationPage = visitor.url();
		assertThat(visitor.locator("#lots-table tbody tr")).hasCount(2);
		assertThat(visitor.locator("#lots-table")).containsText("Entrepôt de Bègles");
		assertThat(visitor.locator("#main-cpv")).hasText("79710000 — Services de sécurité");
		assertThat(visitor.locator("#documents-table tbody tr")).hasCount(3);

		// They download two pieces, identified: signed in, their name and company are filled in
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger le dossier")).first().click();
		assertThat(visitor.locator("#email")).hasValue(supplier.email());
		visitor.locator("#download-form label").filter(new Locator.FilterOptions().setHasText("RC.pdf")).click();
		assertThat(visitor.getByLabel("RC.pdf")).not().isChecked();
		var zip = visitor.waitForDownload(() -> visitor.locator("#download-form button[type=submit]").click());
		assertThat(zip.suggestedFilename()).endsWith(".zip");
		assertThat(entriesOf(zip.path())).containsOnlyKeys("CCTP.pdf", "BPU.pdf")
			.containsEntry("CCTP.pdf", FIRST_CCTP.length);

		// They ask a question
		visitor.navigate(consultationPage);
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Questions et réponses")).first().click();
		visitor.locator("#text").fill("Les rondes de nuit sont-elles assurées par deux agents ?");
		visitor.locator("#ask-form button[type=submit]").click();
		assertThat(visitor.locator(".fr-alert--success")).isVisible();

		// The buyer answers it from the question register
		page.navigate(buyersPage);
		page.locator("#questions-register-link").click();
		page.locator("textarea[name=answer]").fill("Oui, deux agents de 20 h à 6 h.");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("main")).containsText("Oui, deux agents de 20 h à 6 h.");

		// The company member gets the answer by mail
		var answer = awaitMail(supplier.email(), "Réponse à une question");
		assertThat(answer.text()).contains("Oui, deux agents de 20 h à 6 h.");

		// The buyer replaces the CCTP with a new version, and says why
		page.navigate(buyersPage);
		page.locator("#change-link").click();
		assertThat(page.locator("h1")).hasText("Publier une modification");
		page.getByLabel("Motif de la modification").fill("Les horaires de ronde de nuit sont précisés.");
		page.getByLabel("Nouvelle version de « CCTP »").setInputFiles(new FilePayload("CCTP-v2.pdf", "application/pdf", SECOND_CCTP));
		page.locator("#publish-change").click();
		assertThat(page.locator(".fr-alert--success")).containsText("La modification n° 1 est publiée");

		// The company member gets the change by mail, and sees the new version, the reason and the history
		var change = awaitMail(supplier.email(), "Modification du dossier");
		assertThat(change.text()).contains("Les horaires de ronde de nuit sont précisés.", "Remplacé : CCTP");
		visitor.navigate(consultationPage);
		assertThat(visitor.locator("#documents-table")).containsText("CCTP-v2.pdf");
		assertThat(visitor.locator("#documents-table")).not().containsText("CCTP.pdf");
		var history = visitor.locator("#history");
		assertThat(history).containsText("Modification n° 1");
		assertThat(history).containsText("Les horaires de ronde de nuit sont précisés.");
		assertThat(history).containsText("CCTP.pdf est remplacé par CCTP-v2.pdf");

		// The old version is still kept: the buyer downloads it from the history
		page.navigate(buyersPage);
		var previous = page.locator("#history").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Télécharger la version précédente"));
		var download = page.request().get(previous.getAttribute("href"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(FIRST_CCTP);
		assertThat(download.headers().get("content-disposition")).contains("CCTP.pdf");

		// The deadline passes: the consultation shows as closed
		clock.set(deadline.atZone(LegalTime.ZONE).toInstant().plus(Duration.ofMinutes(1)));
		chronograph.checkDue();
		visitor.navigate(consultationPage);
		assertThat(visitor.locator("#badges")).containsText("Clôturée");

		// The buyer exports the download register: the company member and the two pieces are in it
		page.navigate(buyersPage);
		page.locator("#downloads-register-link").click();
		assertThat(page.locator("#download-register")).containsText(supplier.email());
		var csvLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exporter le registre (CSV)"));
		var csv = page.request().get(csvLink.getAttribute("href"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains(supplier.email(), "CCTP.pdf", "BPU.pdf").doesNotContain("RC.pdf");
	}

	@Test
	void theBuyersPagesFitAPhoneScreen() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Antenne mobile"), "29");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		page.setViewportSize(375, 740);
		signIn(page, buyer.email(), Buyers.PASSWORD);

		page.navigate("/acheteur/consultations");
		assertFits();
		page.navigate("/acheteur/consultations/nouvelle");
		page.locator("#add-lot").click();
		assertThat(page.locator("#lot-0-title")).isFocused();
		assertFits();
	}

	private void assertFits() {
		var overflow = (Integer) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(overflow).as("horizontal overflow on %s", page.url()).isLessThanOrEqualTo(0);
	}

	private static void signIn(Page page, String email, String password) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(email);
		page.locator("input[type=password]").first().fill(password);
		page.locator("main form button[type=submit]").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
	}

	private ReceivedMail awaitMail(String to, String subject) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> mailbox.receivedBy(to).stream().filter(mail -> mail.subject().startsWith(subject)).findFirst(),
					Optional::isPresent)
			.orElseThrow();
	}

	/** The zip's entries and their sizes, read as stored. */
	private static Map<String, Integer> entriesOf(Path zip) throws IOException {
		var entries = new LinkedHashMap<String, Integer>();
		try (var in = new ZipInputStream(Files.newInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				var name = entry.getName();
				entries.put(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes().length);
			}
		}
		return entries;
	}

	private void attach(String kind, String name, byte[] content) {
		page.getByLabel("Nature").selectOption(kind);
		page.locator("#upload-file").setInputFiles(new FilePayload(name, "application/pdf", content));
		page.locator("#upload-submit").click();
		assertThat(page.locator(".fr-alert--success")).containsText("Le document est joint.");
	}
}
