package fr.openmarches.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;

class ApiDocumentationJourneyTest extends BrowserTest {

	@Test
	void aDeveloperReadsTheApiDescriptionFromTheFooterLink() {
		page.navigate("/connexion");
		page.locator("footer").getByText("API").click();

		assertThat(page.locator(".swagger-ui .info .title")).containsText("OpenMarchés API");
	}
}
