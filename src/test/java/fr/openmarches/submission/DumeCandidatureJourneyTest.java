package fr.openmarches.submission;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.Ceremony;
import fr.openmarches.opening.CommissionKeys;
import fr.openmarches.opening.NewMemberKey;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.vault.Vault;

/**
 * The journey, in real browsers: a supplier stores three documents in its vault, fills the
 * DUME of a consultation from the data the platform prefilled, and deposits with the DUME and two
 * of the three documents. After the deadline the commission opens the candidatures; the buyer sees
 * exactly those: the DUME response (XML and PDF, labelled so) and the two documents; the third, which
 * the company gave the same entity in an earlier opened deposit, is referenced instead of sent again
 * and shows, with the earlier opened copy to download, as soon as the candidatures open.
 */
class DumeCandidatureJourneyTest extends BrowserTest {

	static final Path FILES = Path.of("target/test-data/dume-journey-files");

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	CommissionKeys commissionKeys;

	@Autowired
	OpeningKeys openingKeys;

	@Autowired
	ApplicationContext context;

	@Autowired
	Vault vault;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aSupplierDepositsItsDumeAndTwoVaultDocumentsAndTheBuyerSeesExactlyThose() throws IOException {
		Files.createDirectories(FILES);
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du DUME en ligne"), "44");
		var member = Buyers.appointed(accounts, organisations, entity, AgentRole.COMMISSION_MEMBER);
		commissionKeys.register(member.account(), new NewMemberKey(
				OpeningFixtures.base64(OpeningFixtures.memberKeyPair().getPublic().getEncoded()),
				OpeningFixtures.protectedMemberKey()));
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Réfection des quais"),
				clock.instant().plus(Duration.ofDays(10))));
		var opening = OpeningFixtures.openingKeyPair();
		// a commission of one: the member's share is the whole opening key
		openingKeys.register(id, new Ceremony(OpeningFixtures.base64(opening.getPublic().getEncoded()), 1,
				List.of(new Ceremony.SealedShare(member.account(),
						OpeningFixtures.sealBox(opening.getPrivate().getEncoded(), OpeningFixtures.memberKeyPair().getPublic())))));
		ConsultationFixtures.publish(consultations, id);
		var supplier = CompanyFixtures.person(accounts, "Maëlys");
		var companyName = Fixtures.unique("Quais et Berges");
		CompanyFixtures.company(companies, supplier, companyName);

		// The supplier stores three documents in its vault
		signIn(page, supplier.email(), CompanyFixtures.PASSWORD);
		var today = LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
		store("KBIS", "Kbis du mois", "kbis.pdf", today.minusDays(5), today.plusMonths(3));
		store("URSSAF", "Attestation de vigilance", "urssaf.pdf", today.minusDays(20), today.plusMonths(5));
		store("INSURANCE", "Assurance décennale", "assurance.pdf", today.minusDays(40), today.plusMonths(9));
		assertThat(page.locator("main")).containsText("Assurance décennale");

		// It gave its insurance to the same entity before, in a deposit whose candidatures were opened
		var insurance = vault.documents(supplier.id()).stream()
			.filter(d -> d.title().equals("Assurance décennale"))
			.findFirst()
			.orElseThrow()
			.current();
		var earlier = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Bornes des quais"),
				clock.instant().plus(Duration.ofDays(2))));
		ConsultationFixtures.publish(consultations, earlier);
		var api = new WebVisitor(port);
		api.signIn(supplier.email(), CompanyFixtures.PASSWORD);
		api.get("/");
		var given = new DepositCalls(api)
			.add(earlier, "APPLICATION", null, "assurance.pdf", Files.readAllBytes(FILES.resolve("assurance.pdf")),
					insurance.id())
			.deposit(earlier, OpeningFixtures.openingKeyPair().getPublic(), List.of());
		assertThat(given.status()).as(given.body()).isEqualTo(201);
		clock.advance(Duration.ofDays(3));
		ConsultationFixtures.applyDue(context);
		OpeningFixtures.open(earlier, Envelope.APPLICATION);

		// It fills the consultation's DUME from what the platform prefilled
		page.navigate("/mon-espace/dume/" + id);
		assertThat(page.locator("#prefilled")).isVisible();
		assertThat(page.locator("#name")).hasValue(companyName);
		assertThat(page.locator("#siret")).not().hasValue("");
		page.locator("label[for='no-crime-org']").click();
		page.locator("label[for='no-tax-pay']").click();
		page.locator("#response-submit").click();
		assertThat(page.locator("#saved-at")).isVisible();

		// It deposits with its DUME and two of the three documents, and an offer
		var offer = FILES.resolve("offre-quais.pdf");
		Files.write(offer, "%PDF-1.7 offre de prix pour les quais".getBytes(StandardCharsets.UTF_8));
		page.navigate("/consultations/" + id + "/depot");
		page.locator("#deposit-form[data-ready]").waitFor();
		assertThat(page.locator("#dume")).containsText("Joindre ma réponse DUME");
		page.locator("label[for='espd-response']").click();
		vaultChoice("Kbis du mois").click();
		vaultChoice("Attestation de vigilance").click();
		page.locator("label[for='reference-" + insurance.id() + "']").click(); // referenced, not sent again
		page.setInputFiles("#files-OFFER", offer);
		page.locator("#deposit-submit").click();
		page.waitForURL(Pattern.compile(".*/mon-espace/depots/.+"), new Page.WaitForURLOptions().setTimeout(120_000));
		assertThat(page.locator("#deposit-pieces")).containsText("Votre réponse DUME (ESPD, XML)");
		assertThat(page.locator("#deposit-pieces")).containsText("Votre réponse DUME (PDF lisible)");
		assertThat(page.locator("#deposit-pieces")).containsText("Kbis du mois");
		assertThat(page.locator("#deposit-pieces tr.deposit-reference")).containsText("Assurance décennale");

		// The deadline passes; the commission opens the candidatures
		clock.advance(Duration.ofDays(8));
		ConsultationFixtures.applyDue(context);
		var buyer = newVisitor();
		signIn(buyer, member.email(), Buyers.PASSWORD);
		buyer.navigate("/acheteur/consultations/" + id + "/ouverture");
		buyer.locator("#opening-session[data-ready]").waitFor();
		buyer.locator("#session-envelope").selectOption("APPLICATION");
		buyer.locator("#session-start").click();
		assertThat(buyer.locator("#session-status")).containsText("La séance est ouverte",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		buyer.locator("#session-passphrase").fill(OpeningFixtures.MEMBER_PASSPHRASE);
		buyer.locator("label[for=session-fingerprint-checked]").click();
		buyer.locator("#session-join").click();
		assertThat(buyer.locator("#session-rebuild")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(60_000));
		buyer.locator("#session-rebuild").click();
		assertThat(buyer.locator("#session-status")).containsText("reconstituée",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		buyer.locator("#session-open").click();
		assertThat(buyer.locator("#session-status")).containsText("Clés remises",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

		// The buyer sees exactly the DUME response and the two documents, labelled; the offer stays sealed
		var table = buyer.locator("#deposits-table");
		assertThat(buyer.locator("#deposits-table tr[data-outcome=OPENED]")).hasCount(4);
		assertThat(table.locator(".piece-origin")).hasText(new String[] {
				"Réponse DUME de l’entreprise (ESPD, XML)", "Réponse DUME de l’entreprise (PDF lisible)",
				"Copie du coffre-fort de l’entreprise : Extrait Kbis — Kbis du mois",
				"Copie du coffre-fort de l’entreprise : Attestation URSSAF — Attestation de vigilance" });
		assertThat(table).containsText("dume-reponse.xml");
		assertThat(table).containsText("kbis.pdf");
		assertThat(table).containsText("urssaf.pdf");
		assertThat(table).not().containsText("offre-quais.pdf");
		// the insurance referenced shows as soon as the candidatures open, without reloading the page
		var referenced = table.locator("tr.piece-reference");
		assertThat(referenced).hasCount(1);
		assertThat(referenced).containsText("assurance.pdf");
		assertThat(referenced).containsText("Assurance décennale");
		assertThat(referenced).containsText("Déjà transmis");
		var copy = buyer.waitForDownload(referenced.locator(".reference-download")::click);
		assertThat(Files.readString(copy.path(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 Assurance décennale");

		// and reads the opened DUME response: the company's declaration
		var xml = buyer.waitForDownload(buyer.locator("#deposits-table tr[data-outcome=OPENED]")
			.filter(new Locator.FilterOptions().setHasText("dume-reponse.xml"))
			.locator(".piece-download a")::click);
		var declared = Files.readString(xml.path(), StandardCharsets.UTF_8);
		assertThat(declared).contains("QualificationApplicationResponse", companyName);
		var pdf = buyer.waitForDownload(buyer.locator("#deposits-table tr[data-outcome=OPENED]")
			.filter(new Locator.FilterOptions().setHasText("dume-reponse.pdf"))
			.locator(".piece-download a")::click);
		assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	/** Stores a document through the vault page. */
	private void store(String type, String title, String fileName, LocalDate issuedOn, LocalDate validUntil)
			throws IOException {
		var file = FILES.resolve(fileName);
		Files.write(file, ("%PDF-1.7 " + title).getBytes(StandardCharsets.UTF_8));
		page.navigate("/mon-espace/coffre-fort");
		page.locator("#type").selectOption(type);
		page.locator("#title").fill(title);
		page.setInputFiles("#file", file);
		page.locator("#issuedOn").fill(issuedOn.toString());
		page.locator("#validUntil").fill(validUntil.toString());
		page.locator("form[action$='/mon-espace/coffre-fort/documents'] button[type=submit]").click();
		assertThat(page.locator("main")).containsText(title);
	}

	private Locator vaultChoice(String title) {
		return page.locator("#vault label").filter(new Locator.FilterOptions().setHasText(title));
	}

	private static void signIn(Page page, String email, String password) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(email);
		page.locator("input[type=password]").first().fill(password);
		page.locator("main form button[type=submit]").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
	}
}
