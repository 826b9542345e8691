package fr.openmarches;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.openmarches.award.AwardPages;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.Buyers.Person;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.opendata.DecpValidation;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.opening.OpeningPages;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.signature.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A procurement from its publication to its open data, every step in real browsers: a buyer drafts a
 * consultation (offers only) and makes its opening key for a commission of three with a quorum of
 * two, then publishes; two companies deposit sealed offers, one a PAdES-signed PDF by a signer the
 * platform trusts, the other unsigned; the deadline passes; one member alone cannot open, a second
 * joins and they open the offers; each piece shows its signature's verdict; the buyer scores, ranks
 * and awards; the losing company's rejection mail arrives, its member opens the letter and the buyer
 * sees the notification date; the buyer completes and publishes the contract's essential data, and
 * the DECP export validates against the official schema with the winner's SIRET and amount.
 */
class EndToEndProcurementJourneyTest extends BrowserTest {

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	OpeningFixtures openingFixtures;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	ApplicationContext context;

	@Test
	void aConsultationFromItsPublicationToItsEssentialData() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Communauté de communes du Bout-du-Monde"), "29");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var members = new ArrayList<Person>();
		for (int i = 0; i < 3; i++) {
			// each member made their key beforehand (OpeningKeyCeremonyJourneyTest makes them in the browser)
			members.add(openingFixtures.memberWithKey(entity));
		}
		var winner = CompanyFixtures.person(accounts, "Alice");
		var winnerName = Fixtures.unique("Phares et Balises");
		var winnerSiret = headOffice(CompanyFixtures.company(companies, winner, winnerName));
		var loser = CompanyFixtures.person(accounts, "Bruno");
		var loserName = Fixtures.unique("Balisage Breton");
		CompanyFixtures.company(companies, loser, loserName);
		var signer = LocalServices.ca().signer("CN=Alice Martin,O=" + winnerName);
		var title = Fixtures.unique("Entretien des balises côtières");
		var deadline = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(10)), LegalTime.ZONE)
			.withHour(12)
			.truncatedTo(ChronoUnit.HOURS);

		// The buyer drafts the consultation: offers only, no candidature envelope
		signInAs(page, buyer.email(), Buyers.PASSWORD);
		page.navigate("/acheteur/consultations/nouvelle");
		page.getByLabel("Référence").fill(Fixtures.unique("BAL").replace(' ', '-'));
		page.getByLabel("Intitulé *", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("Objet de la consultation").fill("Entretien et peinture des balises de l’estuaire.");
		page.getByLabel("Procédure *").selectOption("MAPA");
		page.getByLabel("Catégorie *").selectOption("SERVICES");
		page.locator("#mainCpv").fill("50240000");
		page.locator("#department").selectOption("29");
		page.locator("label[for=envelope-APPLICATION]").click();
		assertThat(page.locator("#envelope-APPLICATION")).not().isChecked();
		page.getByLabel("Date limite de remise des plis").fill(deadline.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		page.locator("#save-draft").click();
		assertThat(page.locator(".fr-alert--success")).containsText("Le brouillon est enregistré");
		var consultation = page.url().replaceAll(".*/consultations/([0-9a-f-]{36}).*", "$1");
		page.getByLabel("Nature").selectOption("RULES");
		page.locator("#upload-file").setInputFiles(new FilePayload("RC.pdf", "application/pdf",
				"%PDF-1.7 règlement".getBytes(StandardCharsets.UTF_8)));
		page.locator("#upload-submit").click();
		assertThat(page.locator(".fr-alert--success")).containsText("Le document est joint.");

		// The opening key, made in the buyer's browser for three members, two of whom open
		page.navigate("/acheteur/consultations/" + consultation + "/commission");
		OpeningPages.makeOpeningKey(page, 3, 2);
		assertThat(page.locator("#commission-quorum")).hasText("Il faut 2 membres sur 3 pour ouvrir les plis.");
		page.locator("#review-link").click();
		page.locator("#publish").click();
		assertThat(page.locator(".fr-alert--success")).containsText("La consultation est publiée");

		// Two companies deposit, sealed in their browsers: a signed offer and an unsigned one
		var signedOffer = TestAuthority.padesSign(signer, TestAuthority.pdf());
		var winnersDeposit = deposit(winner, consultation, new FilePayload("offre-signee.pdf", "application/pdf", signedOffer));
		var losersDeposit = deposit(loser, consultation, new FilePayload("offre.pdf", "application/pdf",
				TestAuthority.pdf()));

		// The deadline passes
		clock.set(deadline.atZone(LegalTime.ZONE).toInstant().plus(Duration.ofMinutes(1)));
		ConsultationFixtures.applyDue(context);

		// The first member starts the offers' session and hands their share: alone, nothing opens
		var host = newVisitor();
		signInAs(host, members.get(0).email(), Buyers.PASSWORD);
		host.navigate("/acheteur/consultations/" + consultation + "/ouverture");
		var fingerprint = OpeningPages.startSession(host, "OFFER");
		OpeningPages.join(host, fingerprint);
		assertThat(host.locator("#session-needed")).hasText("encore 1 membre(s) attendu(s) pour atteindre le quorum");
		assertThat(host.locator("#session-rebuild")).isDisabled();
		assertThat(host.locator("#session-open")).isDisabled();
		assertThat(host.locator("#deposits-table tbody tr")).hasCount(2);
		assertThat(host.locator("#deposits-table .piece-outcome", new Page.LocatorOptions().setHasText("Scellée"))).hasCount(2);
		assertThat(host.locator("#deposits-table .piece-download a").first()).isHidden();

		// A second member joins from their own browser: the quorum is reached, the offers open
		var second = newVisitor();
		signInAs(second, members.get(2).email(), Buyers.PASSWORD);
		second.navigate("/acheteur/consultations/" + consultation + "/ouverture");
		second.locator("#opening-session[data-ready]").waitFor();
		OpeningPages.join(second, fingerprint);
		second.context().close();
		OpeningPages.rebuildAndOpen(host);
		assertThat(host.locator("#deposits-table tr[data-outcome=OPENED]")).hasCount(2);
		host.locator("#session-end").click();
		assertThat(host.locator("#session-status")).containsText("La séance est close");

		// Each piece shows its signature's verdict, once the check that follows the opening has run
		var signed = host.locator("#deposits-table tr", new Page.LocatorOptions().setHasText("offre-signee.pdf"));
		var unsigned = host.locator("#deposits-table tr", new Page.LocatorOptions().setHasText(loserName));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			host.reload();
			return host.locator("#deposits-table .piece-signature .fr-badge").count() == 2;
		});
		assertThat(signed.locator(".piece-signature .fr-badge")).hasText("Signature valide");
		assertThat(signed.locator(".piece-signature")).containsText("Signataire : Alice Martin (" + winnerName + ")");
		assertThat(signed.locator(".piece-checks .om-check-failed")).hasCount(1); // the category: no qualified certificate
		assertThat(unsigned.locator(".piece-signature .fr-badge")).hasText("Non signée");
		host.context().close();

		// The buyer sets the criteria, scores, and awards the lot to the signed offer ranked first
		page.navigate("/acheteur/consultations/" + consultation);
		page.locator("#analysis-link").click();
		AwardPages.priceAndValueCriteria(page, "60");
		assertThat(page.locator(".fr-alert--success")).containsText("critères sont enregistrés");
		AwardPages.score(page, winnersDeposit, "10 000", "18");
		AwardPages.score(page, losersDeposit, "8000", "10");
		AwardPages.saveScores(page);
		var ranking = page.locator("#ranking-0 tbody tr");
		assertThat(ranking.nth(0)).containsText(winnerName);
		assertThat(ranking.nth(0)).containsText("86.00");
		assertThat(ranking.nth(1)).containsText(loserName);
		page.locator("#award-submit-0").click();
		assertThat(page.locator("#decision-0")).containsText("Attribué à " + winnerName);
		var rejection = page.locator("#letters-0 tr", new Page.LocatorOptions().setHasText("Lettre de rejet"));
		assertThat(rejection.locator(".om-notified")).hasText("Pas encore ouvert");

		// The losing company gets the mail, and its member opens the letter from it
		var mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailbox.receivedBy(loser.email()).stream()
				.filter(m -> m.subject().startsWith("Rejet de votre offre")).findFirst(), Optional::isPresent)
			.orElseThrow();
		var link = Pattern.compile("https?://\\S+/mon-espace/messages/[0-9a-f-]{36}").matcher(mail.text());
		assertThat(link.find()).as(mail.text()).isTrue();
		var losing = newVisitor();
		signInAs(losing, loser.email(), CompanyFixtures.PASSWORD);
		losing.navigate("/mon-espace/messages");
		assertThat(losing.locator("#my-messages")).containsText("Rejet de votre offre");
		losing.navigate(link.group().replaceAll("^https?://[^/]+", ""));
		assertThat(losing.locator("#message-notified")).containsText("Notifié le");
		assertThat(losing.locator("#message-body")).containsText(winnerName);
		losing.context().close();

		// The buyer sees the legal notification date
		page.reload();
		assertThat(rejection.locator(".om-notified")).hasText(Pattern.compile("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d"));

		// The contract record comes from the award; the buyer completes and publishes it
		var today = LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
		page.navigate("/acheteur/consultations/" + consultation);
		page.locator("#contracts-page").click();
		page.locator("#lot-0 a").click();
		assertThat(page.locator("#holderIdentifier-0")).hasValue(winnerSiret);
		assertThat(page.locator("#amount")).hasValue("10000");
		assertThat(page.locator("#placeCode")).hasValue("29");
		page.locator("#durationMonths").fill("12");
		page.locator("#notifiedOn").fill(today.toString());
		page.locator("#offersReceived").fill("2");
		page.locator("#save").click();
		assertThat(page.locator("#ready")).isVisible();
		page.locator("#publish").click();
		assertThat(page.locator("#contract-state")).hasText("Publiée");

		// The DECP export validates against the official schema and carries the winner and the amount
		var export = page.request().get("/donnees-essentielles/decp.json");
		assertThat(export.status()).isEqualTo(200);
		var json = new String(export.body(), StandardCharsets.UTF_8);
		assertThat(DecpValidation.errors(json)).isEmpty();
		var ours = "$.marches.marche[?(@.titulaires[0].titulaire.id == '" + winnerSiret + "')]";
		assertThat(JsonPath.<List<Object>>read(json, ours + ".montant")).hasSize(1).first()
			.satisfies(amount -> assertThat(Double.parseDouble(amount.toString())).isEqualTo(10_000d));
	}

	/** The company member deposits one offer in their browser; the deposit's id. */
	private UUID deposit(CompanyFixtures.Person member, String consultation, FilePayload offer) {
		var supplier = newVisitor();
		signInAs(supplier, member.email(), CompanyFixtures.PASSWORD);
		supplier.navigate("/consultations/" + consultation);
		supplier.locator("#deposit-link").click();
		supplier.locator("#deposit-form[data-ready]").waitFor();
		assertThat(supplier.locator("#files-APPLICATION")).hasCount(0);
		supplier.setInputFiles("#files-OFFER", offer);
		supplier.locator("#deposit-submit").click();
		supplier.waitForURL(Pattern.compile(".*/mon-espace/depots/.+"), new Page.WaitForURLOptions().setTimeout(60_000));
		assertThat(supplier.locator("#deposit-pieces")).containsText(offer.name);
		var id = UUID.fromString(supplier.url().replaceAll(".*/mon-espace/depots/([0-9a-f-]{36}).*", "$1"));
		supplier.context().close();
		return id;
	}

	private String headOffice(CompanyId company) {
		return companies.find(company).orElseThrow().headOffice().orElseThrow().siret().value();
	}
}
