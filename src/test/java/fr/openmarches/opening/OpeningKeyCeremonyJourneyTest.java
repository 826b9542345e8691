package fr.openmarches.opening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.Buyers.Person;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The opening key, end to end, in real browsers: three commission members make their keys with a
 * passphrase; a buyer chooses the three with a quorum of two, makes the opening key and publishes;
 * then two members open their shares with their passphrases and combine them, and the key they
 * rebuild is the private half of the public key suppliers seal for. Needs the sealing module's
 * scripts ({@code /js/sealed/keys.js}).
 */
@EnabledIf("sealingScriptsPresent")
class OpeningKeyCeremonyJourneyTest extends BrowserTest {

	static final String[] PASSPHRASES = { "trois pommes vertes sur la table", "le phare de Cordouan la nuit",
			"un vélo rouge dans la cour" };

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OpeningKeys openingKeys;

	static boolean sealingScriptsPresent() {
		return OpeningKeyCeremonyJourneyTest.class.getResource("/static/js/sealed/keys.js") != null;
	}

	@Test
	void membersMakeTheirKeysTheBuyerMakesTheOpeningKeyAndTwoMembersRebuildIt() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité à commission"), "75");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var members = new ArrayList<Person>();
		for (int i = 0; i < 3; i++) {
			members.add(Buyers.appointed(accounts, organisations, entity, AgentRole.COMMISSION_MEMBER));
		}
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, "Gardiennage à clé",
				clock.instant().plus(Duration.ofDays(30))));
		consultations.attach(id, DocumentKind.RULES,
				ConsultationFixtures.file("RC", "RC.pdf", "%PDF-1.7 règlement".getBytes(StandardCharsets.UTF_8)));

		// Each member makes their key: a passphrase typed twice, a file to keep
		for (int i = 0; i < 3; i++) {
			var member = newVisitor();
			signIn(member, members.get(i));
			member.navigate("/acheteur");
			member.locator("#member-key-link").click();
			member.locator("#member-key-form[data-ready]").waitFor();
			member.getByLabel("Phrase secrète", new Page.GetByLabelOptions().setExact(true)).fill(PASSPHRASES[i]);
			member.getByLabel("Confirmez la phrase secrète").fill(i == 0 ? "une autre phrase bien longue" : PASSPHRASES[i]);
			member.locator("#member-key-submit").click();
			if (i == 0) {
				assertThat(member.locator("#member-key-status")).containsText("ne sont pas identiques");
				member.getByLabel("Confirmez la phrase secrète").fill(PASSPHRASES[i]);
				member.locator("#member-key-submit").click();
			}
			assertThat(member.locator("#member-key-status")).containsText("Votre clé est créée",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			var download = member.waitForDownload(() -> member.locator("#member-key-download").click());
			assertThat(download.suggestedFilename()).startsWith("cle-commission-prenom-nom");
			member.context().close();
		}

		// The buyer chooses the three members; a majority, two, is proposed; the key is made
		signIn(page, buyer);
		page.navigate("/acheteur/consultations/" + id);
		page.locator("#still-missing a").click();
		OpeningPages.makeOpeningKey(page, 3, 2);
		assertThat(page.locator("#commission-quorum")).hasText("Il faut 2 membres sur 3 pour ouvrir les plis.");
		var fingerprint = page.locator("#commission-fingerprint").textContent();

		// Then reviews and publishes
		page.locator("#review-link").click();
		page.locator("#publish").click();
		assertThat(page.locator(".fr-alert--success")).containsText("La consultation est publiée");
		assertThat(page.locator("#commission-fingerprint")).hasText(fingerprint);

		// Two members open their shares with their passphrases, in their browsers
		var opened = new ArrayList<String>();
		for (int i : new int[] { 0, 2 }) {
			var member = newVisitor();
			signIn(member, members.get(i));
			member.navigate("/acheteur/cle-de-commission");
			opened.add((String) member.evaluate("""
					async ([consultation, passphrase]) => {
						const { openShare } = await import('/js/opening/shares.js');
						const key = await (await fetch('/api/v1/me/commission-key')).json();
						const shares = await (await fetch('/api/v1/me/opening-shares')).json();
						const mine = shares.find((s) => s.consultation.id === consultation);
						const share = await openShare(mine.sealedShare, key.protectedPrivateKey, passphrase);
						return btoa(String.fromCharCode(...share));
					}""", List.of(id.toString(), PASSPHRASES[i])));
			member.context().close();
		}
		String rebuilt = (String) page.evaluate("""
				async (shares) => {
					const { rebuild } = await import('/js/opening/shares.js');
					const bytes = (b) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
					const key = await rebuild(shares.map(bytes));
					let text = '';
					key.forEach((b) => { text += String.fromCharCode(b); });
					return btoa(text);
				}""", opened);

		// The rebuilt key is the private half of the published opening key
		var privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(rebuilt)));
		var publicKey = KeyFactory.getInstance("RSA")
			.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		var published = openingKeys.openingKey(id).orElseThrow();
		assertThat(Base64.getEncoder().encodeToString(publicKey.getEncoded())).isEqualTo(published.publicKey());
		assertThat(published.fingerprint()).isEqualTo(fingerprint);
		assertThat(privateKey.getPublicExponent()).isEqualTo(BigInteger.valueOf(65_537));
	}

	private static void signIn(Page page, Person person) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(person.email());
		page.locator("input[type=password]").first().fill(Buyers.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
	}
}
