package fr.openmarches.award;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import fr.openmarches.BrowserTest;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.Buyers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Analysis and award in real browsers, the offers opened beforehand in Java ({@link AwardFixtures}):
 * the buyer sets the criteria, scores the two offers, reads the ranking and awards the lot; the losing
 * company's member finds the rejection letter in the company's space and opens it; the buyer then
 * sees the notification date.
 */
class AwardJourneyTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theBuyerScoresAndAwardsAndTheLosingCompanyOpensItsRejectionLetter() throws Exception {
		var opened = AwardFixtures.opened(context, port);

		// From the consultation's page to its analysis
		signIn(page, opened.buyer().email(), Buyers.PASSWORD);
		page.navigate("/acheteur/consultations/" + opened.consultation());
		page.locator("#analysis-link").click();
		assertThat(page.locator("h1")).hasText("Analyse et attribution");

		// The criteria: 40 % price, 60 % technical value, both out of 20
		AwardPages.priceAndValueCriteria(page, "50");
		assertThat(page.locator(".fr-alert--error")).containsText("elles font 90");
		page.locator("#weight-0-1").fill("60");
		page.locator("#criteria-submit-0").click();
		assertThat(page.locator(".fr-alert--success")).containsText("critères sont enregistrés");

		// The scores: the first company is dearer but better, the second cheaper
		AwardPages.score(page, opened.firstDeposit(), "10 000", "18");
		AwardPages.score(page, opened.secondDeposit(), "8000", "10");
		page.locator("#comment-" + opened.firstDeposit()).fill("Mémoire technique très complet");
		AwardPages.saveScores(page);

		// The ranking: 32 + 54 = 86.00 against 40 + 30 = 70.00
		var ranking = page.locator("#ranking-0 tbody tr");
		assertThat(ranking).hasCount(2);
		assertThat(ranking.nth(0)).containsText(opened.firstCompany());
		assertThat(ranking.nth(0)).containsText("86.00");
		assertThat(ranking.nth(1)).containsText(opened.secondCompany());
		assertThat(ranking.nth(1)).containsText("70.00");

		// The award, to the bid ranked first
		assertThat(page.locator("#award-deposit-0 option")).hasCount(1);
		page.locator("#award-submit-0").click();
		assertThat(page.locator(".fr-alert--success")).containsText("décision est enregistrée");
		assertThat(page.locator("#decision-0")).containsText("Attribué à " + opened.firstCompany());
		var rejection = page.locator("#letters-0 tr", new Page.LocatorOptions().setHasText("Lettre de rejet"));
		assertThat(rejection).containsText(opened.secondCompany());
		assertThat(rejection.locator(".om-notified")).hasText("Pas encore ouvert");

		// The losing company's member opens the letter in the company's space
		var loser = newVisitor();
		signIn(loser, opened.second().email(), CompanyFixtures.PASSWORD);
		loser.navigate("/mon-espace");
		loser.locator("#messages-link").click();
		assertThat(loser.locator("#my-messages")).containsText("Rejet de votre offre");
		loser.locator("#my-messages a", new Page.LocatorOptions().setHasText("Rejet de votre offre")).click();
		assertThat(loser.locator("#message-notified")).containsText("Notifié le");
		assertThat(loser.locator("#message-body")).containsText(opened.firstCompany());
		var download = loser.waitForDownload(() -> loser.locator("#message-letter").click());
		assertThat(download.suggestedFilename()).endsWith(".pdf");
		loser.context().close();

		// The buyer sees the notification date; the award notification is not opened yet
		clock.advance(Duration.ofMinutes(1));
		page.reload();
		assertThat(rejection.locator(".om-notified")).hasText(Pattern.compile("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d"));
		assertThat(page.locator("#letters-0 tr", new Page.LocatorOptions().setHasText("Notification d’attribution"))
			.locator(".om-notified")).hasText("Pas encore ouvert");
		assertThat(serverErrors).isEmpty();
	}

	private static void signIn(Page page, String email, String password) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(email);
		page.locator("input[type=password]").first().fill(password);
		page.locator("main form button[type=submit]").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
	}
}
