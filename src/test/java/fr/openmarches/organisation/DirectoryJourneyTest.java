package fr.openmarches.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.Test;

/** A visitor looks up the DGA in the directory of purchasing entities and sees what it has open. */
class DirectoryJourneyTest extends BrowserTest {

	@Test
	void theDirectoryListsTheDgaAndItsPageShowsItsOpenConsultations() {
		page.navigate("/");
		page.locator("#navigation").getByText("Entités d'achat").click();
		assertThat(page.locator("h1")).hasText("Entités d’achat");
		assertThat(page.locator("#directory-table")).containsText("Direction générale de l'armement (DGA)");

		page.getByLabel("Rechercher une entité d’achat").fill("armement");
		page.locator("#directory-search button").click();
		assertThat(page.locator("#directory-count")).hasText("1 entité d’achat");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Direction générale de l'armement (DGA)"))
			.click();
		assertThat(page.locator("h1")).hasText("Direction générale de l'armement (DGA)");
		assertThat(page.locator("main")).containsText("Rattachée à : Ministère des Armées");
		var open = page.locator("#open-consultations");
		assertThat(open).containsText("Acquisition de postes de travail portables durcis pour les centres d'essais");
		assertThat(open).containsText("Maintenance préventive et corrective des enceintes climatiques");
		assertThat(open).not().containsText("Étude de faisabilité de capteurs optroniques");
		assertThat(page.locator("main")).containsText("achats@dga.armees.example");

		open.getByText("Toutes les consultations de cette entité").click();
		assertThat(page.locator("#results-count")).containsText("consultations");
		assertThat(page.locator("main")).containsText("Étude de faisabilité de capteurs optroniques");
	}
}
