package fr.openmarches.consultation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;

/** Test consultations are for practice: never among the real ones, always under « S'entraîner ». */
class PractisingJourneyTest extends BrowserTest {

	static final String TEST_TITLE = "Consultation de test — fourniture de papeterie et de petites fournitures de bureau";

	@Test
	void aTestConsultationIsOnlyFoundUnderPractice() {
		page.navigate("/consultations");
		assertThat(page.locator("#results-count")).isVisible();
		assertThat(page.locator("main")).not().containsText(TEST_TITLE);
		page.navigate("/consultations?state=ALL&q=papeterie");
		assertThat(page.locator("#results-count")).hasText("Aucune consultation");

		page.locator("#navigation").getByText("S’entraîner").click();
		assertThat(page.locator("h1")).hasText("S’entraîner");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TEST_TITLE)).click();
		assertThat(page.locator("h1")).hasText(TEST_TITLE);
		assertThat(page.locator("main")).containsText("Consultation de test : elle est fictive");
		assertThat(page.locator(".fr-breadcrumb")).containsText("S’entraîner");
	}
}
