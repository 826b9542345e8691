package fr.openmarches.consultation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer drafts a consultation with two lots and three documents, reviews it and publishes it; a
 * visitor finds it; the buyer replaces a document with a change and its reason; the visitor sees
 * the new version, the reason and the history, and the buyer can still download the old version.
 */
class PublishingAConsultationJourneyTest extends BrowserTest {

	static final byte[] FIRST_CCTP = "%PDF-1.7 CCTP, première version".getBytes(StandardCharsets.UTF_8);

	static final byte[] SECOND_CCTP = "%PDF-1.7 CCTP, seconde version".getBytes(StandardCharsets.UTF_8);

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Test
	void aBuyerPublishesAConsultationThenChangesItsDocuments() {
		var title = Fixtures.unique("Gardiennage des entrepôts");
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Base logistique"), "33");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);

		// The buyer signs in and opens their consultations
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(buyer.email());
		page.locator("input[type=password]").first().fill(Buyers.PASSWORD);
		page.locator("main form button[type=submit]").click();
		page.navigate("/acheteur/consultations");
		assertThat(page.locator("h1")).hasText("Mes consultations");

		// They draft a new consultation
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle consultation")).click();
		assertThat(page.locator("h1")).hasText("Nouvelle consultation");
		page.getByLabel("Référence").fill("GARD-" + title.substring(title.length() - 8));
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

		page.getByLabel("Date limite de remise des plis").fill("2031-03-14T12:00");
		page.locator("#save-draft").click();
		assertThat(page.locator(".fr-alert--success")).containsText("Le brouillon est enregistré");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("#still-missing")).containsText("Le règlement de la consultation (RC) n’est pas joint.");

		// They attach the rules and two pieces of the DCE
		attach("RULES", "RC.pdf", "%PDF-1.7 règlement".getBytes(StandardCharsets.UTF_8));
		attach("PIECE", "CCTP.pdf", FIRST_CCTP);
		attach("PIECE", "BPU.pdf", "%PDF-1.7 bordereau".getBytes(StandardCharsets.UTF_8));
		assertThat(page.locator("#documents-table tbody tr")).hasCount(3);

		// They review the draft, then publish it
		page.locator("#review-link").click();
		assertThat(page.locator("h1")).hasText("Vérifier et publier");
		assertThat(page.locator("#review-ready")).containsText("La consultation peut être publiée");
		assertThat(page.locator("#eu-assessment")).containsText("sous le seuil européen");
		page.locator("#publish").click();
		assertThat(page.locator(".fr-alert--success")).containsText("La consultation est publiée");
		assertThat(page.locator("#badges")).containsText("En cours");

		// A visitor finds it among the consultations and reads its lots and documents
		var visitor = newVisitor();
		visitor.navigate("/consultations");
		visitor.getByLabel("Rechercher une consultation").fill(title);
		visitor.locator("#consultation-search button").click();
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(visitor.locator("h1")).hasText(title);
		assertThat(visitor.locator("#lots-table tbody tr")).hasCount(2);
		assertThat(visitor.locator("#lots-table")).containsText("Entrepôt de Bègles");
		assertThat(visitor.locator("#main-cpv")).hasText("79710000 — Services de sécurité");
		assertThat(visitor.locator("#documents-table tbody tr")).hasCount(3);
		assertThat(visitor.locator("#documents-table")).containsText("CCTP.pdf");

		// The buyer replaces the CCTP with a new version, and says why
		page.locator("#change-link").click();
		assertThat(page.locator("h1")).hasText("Publier une modification");
		page.getByLabel("Motif de la modification").fill("Les horaires de ronde de nuit sont précisés.");
		page.getByLabel("Nouvelle version de « CCTP »").setInputFiles(new FilePayload("CCTP-v2.pdf", "application/pdf", SECOND_CCTP));
		page.locator("#publish-change").click();
		assertThat(page.locator(".fr-alert--success")).containsText("La modification n° 1 est publiée");

		// The visitor sees the new version, the reason and the history of changes
		visitor.reload();
		assertThat(visitor.locator("#documents-table")).containsText("CCTP-v2.pdf");
		assertThat(visitor.locator("#documents-table")).not().containsText("CCTP.pdf");
		var history = visitor.locator("#history");
		assertThat(history).containsText("Modification n° 1");
		assertThat(history).containsText("Les horaires de ronde de nuit sont précisés.");
		assertThat(history).containsText("CCTP.pdf est remplacé par CCTP-v2.pdf");

		// The old version is still kept: the buyer downloads it from the history
		var previous = page.locator("#history").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Télécharger la version précédente"));
		var download = page.request().get(previous.getAttribute("href"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(FIRST_CCTP);
		assertThat(download.headers().get("content-disposition")).contains("CCTP.pdf");
	}

	@Test
	void theBuyersPagesFitAPhoneScreen() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Antenne mobile"), "29");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		page.setViewportSize(375, 740);
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(buyer.email());
		page.locator("input[type=password]").first().fill(Buyers.PASSWORD);
		page.locator("main form button[type=submit]").click();

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

	private void attach(String kind, String name, byte[] content) {
		page.getByLabel("Nature").selectOption(kind);
		page.locator("#upload-file").setInputFiles(new FilePayload(name, "application/pdf", content));
		page.locator("#upload-submit").click();
		assertThat(page.locator(".fr-alert--success")).containsText("Le document est joint.");
	}
}
