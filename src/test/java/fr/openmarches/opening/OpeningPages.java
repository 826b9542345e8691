package fr.openmarches.opening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * What the commission's people do on the opening pages, as browser journeys script it: the buyer's
 * ceremony on {@code /acheteur/consultations/{id}/commission}, and the sitting on
 * {@code /acheteur/consultations/{id}/ouverture} (members' keys protected by
 * {@link OpeningFixtures#MEMBER_PASSPHRASE}). Browser key generation takes a while: up to a minute.
 */
public final class OpeningPages {

	static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

	private OpeningPages() {
	}

	/**
	 * On the commission page, the buyer ticks every member, checks that {@code quorum} (a majority)
	 * is proposed, and makes the opening key in their browser.
	 */
	public static void makeOpeningKey(Page buyer, int members, int quorum) {
		assertThat(buyer.locator("h1")).hasText("Commission d’ouverture");
		buyer.locator("#ceremony-form[data-ready]").waitFor();
		var boxes = buyer.locator("input[name=member]");
		assertThat(boxes).hasCount(members);
		for (var box : boxes.all()) {
			box.check(new Locator.CheckOptions().setForce(true));
		}
		assertThat(buyer.locator("#quorum")).hasValue(Integer.toString(quorum));
		buyer.locator("#ceremony-submit").click();
		assertThat(buyer.locator("#ceremony-done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
	}

	/** The host starts a session for {@code envelope}: their browser makes the session key; its fingerprint. */
	public static String startSession(Page host, String envelope) {
		host.locator("#opening-session[data-ready]").waitFor();
		host.locator("#session-envelope").selectOption(envelope);
		host.locator("#session-start").click();
		assertThat(host.locator("#session-status")).containsText("La séance est ouverte", SLOW);
		var fingerprint = host.locator("#session-fingerprint").textContent().strip();
		assertThat(fingerprint).matches("([0-9a-f]{4} ){15}[0-9a-f]{4}");
		return fingerprint;
	}

	/** A member checks the fingerprint and hands their share with their passphrase. */
	public static void join(Page member, String fingerprint) {
		assertThat(member.locator("#session-fingerprint")).hasText(fingerprint);
		member.locator("#session-passphrase").fill(OpeningFixtures.MEMBER_PASSPHRASE);
		member.locator("label[for=session-fingerprint-checked]").click();
		member.locator("#session-join").click();
		assertThat(member.locator("#session-status")).containsText("Votre part est remise", SLOW);
	}

	/** With the quorum present, the host's tab rebuilds the opening key, checks it, and opens the envelope. */
	public static void rebuildAndOpen(Page host) {
		assertThat(host.locator("#session-rebuild")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(15_000));
		host.locator("#session-rebuild").click();
		assertThat(host.locator("#session-status")).containsText("reconstituée", SLOW);
		host.locator("#session-open").click();
		assertThat(host.locator("#session-status")).containsText("Clés remises", SLOW);
	}
}
