package fr.openmarches.consultation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;

/** A visitor finds a consultation from the home page, in English, and reads its lots and documents. */
class FindingAConsultationJourneyTest extends BrowserTest {

	static final String TITLE = "Acquisition de postes de travail portables durcis pour les centres d'essais";

	@Test
	void aVisitorFindsAConsultationAndReadsItsDocuments() {
		page.navigate("/");
		assertThat(page.locator("h1")).hasText("Les marchés publics, ouverts à toutes les entreprises");
		assertThat(page.locator("#latest-consultations .fr-card").first()).isVisible();
		assertThat(page.locator("#latest-consultations .fr-card").count()).isGreaterThanOrEqualTo(3);

		page.locator(".fr-header__tools-links #language-button").click();
		page.locator(".fr-header__tools-links").getByText("EN - English").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Public procurement, open to every company");

		page.getByLabel("Search for a tender").fill("portables durcis");
		page.locator("#home-search").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search"))
			.click();
		assertThat(page).hasURL(Pattern.compile("/consultations\\?q=portables\\+durcis"));
		assertThat(page.locator("#results-count")).hasText("1 tender");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
		assertThat(page.locator("h1")).hasText(TITLE);
		assertThat(page.locator(".fr-badge").first()).hasText("Open");

		var lots = page.locator("#lots-table tbody tr");
		assertThat(lots).hasCount(2);
		assertThat(lots.first()).containsText("30213100");
		assertThat(lots.first()).containsText("Portable computers");
		assertThat(lots.first()).containsText("€1,200,000");

		var documents = page.locator("#documents-table tbody tr");
		assertThat(documents).hasCount(5);
		assertThat(page.locator("#documents-table")).containsText("Rules of the consultation (RC)");
		var cctp = documents.filter(new Locator.FilterOptions().setHasText("CCTP.pdf"));
		assertThat(cctp).containsText("PDF");
		assertThat(cctp.locator("td").last()).hasText(Pattern.compile("\\d+(\\.\\d)? kB"));
		assertThat(page.locator("#calendar-title")).hasText("Timetable");
		assertThat(page.locator("main")).containsText("Paris time");
	}

	@Test
	void aConsultationPageFitsAPhoneScreen() {
		page.setViewportSize(375, 740);
		page.navigate("/consultations?q=portables+durcis");
		page.locator("#results-count").waitFor();
		var listOverflow = (Integer) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(listOverflow).as("horizontal overflow of the list in pixels").isLessThanOrEqualTo(0);
		assertThat(page.getByLabel("Recherche approchante")).isChecked();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
		assertThat(page.locator("h1")).hasText(TITLE);
		var overflow = (Integer) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(overflow).as("horizontal overflow in pixels").isLessThanOrEqualTo(0);
		assertThat(page.locator("#documents-table")).isVisible();
	}
}
