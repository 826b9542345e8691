package fr.openmarches.award;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;

/**
 * What the buyer does on the analysis page ({@code /acheteur/consultations/{id}/analyse}) of a
 * consultation without lots, as browser journeys script it: two criteria, price and technical
 * value, both out of 20, and the offers' amounts and technical scores.
 */
public final class AwardPages {

	private AwardPages() {
	}

	/** Price at 40 %, technical value at {@code technicalWeight} %, both out of 20; submitted. */
	public static void priceAndValueCriteria(Page page, String technicalWeight) {
		page.locator("#kind-0-0").selectOption("PRICE");
		page.locator("#label-0-0").fill("Prix");
		page.locator("#weight-0-0").fill("40");
		page.locator("#max-0-0").fill("20");
		page.locator("#kind-0-1").selectOption("TECHNICAL");
		page.locator("#label-0-1").fill("Valeur technique");
		page.locator("#weight-0-1").fill(technicalWeight);
		page.locator("#max-0-1").fill("20");
		page.locator("#criteria-submit-0").click();
	}

	/** The offer of {@code deposit}: its amount and its technical score (the price is scored from the amounts). */
	public static void score(Page page, UUID deposit, String amount, String technical) {
		page.locator("#amount-" + deposit).fill(amount);
		page.locator("#score-" + deposit + "-1").fill(technical);
	}

	/** The scores typed, saved. */
	public static void saveScores(Page page) {
		page.locator("#scores-submit-0").click();
		assertThat(page.locator(".fr-alert--success")).containsText("notes sont enregistrées");
	}
}
