package fr.openmarches.opening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.Buyers.Person;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.sealing.Shamir;
import fr.openmarches.submission.DepositCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The opening session in real browsers: a commission of three with a quorum of two, two deposits.
 * The host starts the session and reads the fingerprint; two members, each in their own browser,
 * check it and hand their share with their passphrase; the host's tab rebuilds the opening key and
 * opens the applications; the offers stay sealed; an opened piece is downloaded, the same bytes.
 */
class OpeningSessionJourneyTest extends BrowserTest {

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	CompanyService companies;

	@Autowired
	OpeningFixtures openingFixtures;

	@Autowired
	OpeningKeys openingKeys;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void twoMembersOfThreeOpenTheApplicationsAndTheHostDownloadsOne() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité de l’ouverture"), "33");
		var members = new ArrayList<Person>();
		for (int i = 0; i < 3; i++) {
			members.add(openingFixtures.memberWithKey(entity));
		}
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Entretien des parcs"),
				clock.instant().plus(Duration.ofDays(10))));
		var opening = OpeningFixtures.openingKeyPair();
		var shares = Shamir.split(opening.getPrivate().getEncoded(), 3, 2);
		var sealed = new ArrayList<Ceremony.SealedShare>();
		for (int i = 0; i < 3; i++) {
			sealed.add(new Ceremony.SealedShare(members.get(i).account(),
					OpeningFixtures.sealBox(shares.get(i), OpeningFixtures.memberKeyPair().getPublic())));
		}
		openingKeys.register(id, new Ceremony(OpeningFixtures.base64(opening.getPublic().getEncoded()), 2, sealed));
		ConsultationFixtures.publish(consultations, id);
		var applications = List.of(bytes(40_000, 1), bytes(12_000, 3));
		deposit(id, "Paysages Aquitains", applications.get(0), bytes(9_000, 2));
		deposit(id, "Jardins de Garonne", applications.get(1), bytes(7_000, 4));
		clock.advance(Duration.ofDays(11));
		ConsultationFixtures.applyDue(context);

		// The host starts the session: their browser makes the session key and shows its fingerprint
		signIn(page, members.get(0));
		page.navigate("/acheteur/consultations/" + id + "/ouverture");
		var fingerprint = OpeningPages.startSession(page, "APPLICATION");
		assertThat(page.locator("#session-rebuild")).isDisabled();

		// The host hands their own share, then a second member in their own browser
		OpeningPages.join(page, fingerprint);
		var second = newVisitor();
		signIn(second, members.get(2));
		second.navigate("/acheteur/consultations/" + id + "/ouverture");
		second.locator("#opening-session[data-ready]").waitFor();
		assertThat(second.locator("#session-fingerprint")).hasText(fingerprint);
		assertThat(second.locator("#session-host-actions")).isHidden();
		OpeningPages.join(second, fingerprint);
		second.context().close();

		// With the quorum present, the host's tab rebuilds the opening key, checks it, and opens the applications
		OpeningPages.rebuildAndOpen(page);
		var rows = page.locator("#deposits-table tbody tr");
		assertThat(rows).hasCount(4);
		assertThat(page.locator("#deposits-table tr[data-outcome=OPENED]")).hasCount(2);
		assertThat(page.locator("#deposits-table tr[data-outcome='']")).hasCount(2);
		assertThat(page.locator("#deposits-table")).containsText("application-0.pdf");
		assertThat(page.locator("#deposits-table")).not().containsText("offre-1.pdf");

		// An opened piece, downloaded: the bytes the company sealed
		var link = page.locator("#deposits-table tr[data-outcome=OPENED] .piece-download a").first();
		var download = page.waitForDownload(link::click);
		assertThat(download.suggestedFilename()).isEqualTo("application-0.pdf");
		var downloaded = Files.readAllBytes(download.path());
		assertThat(applications).anySatisfy(sealedOne -> assertThat(downloaded).isEqualTo(sealedOne));

		page.locator("#session-end").click();
		assertThat(page.locator("#session-status")).containsText("La séance est close");
		assertThat(page.locator("#session-current")).isHidden();
	}

	private void deposit(ConsultationId id, String companyName, byte[] application, byte[] offer) throws Exception {
		var supplier = CompanyFixtures.person(accounts, "Fournisseur");
		CompanyFixtures.company(companies, supplier, Fixtures.unique(companyName));
		var visitor = new WebVisitor(port);
		visitor.signIn(supplier.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var made = new DepositCalls(visitor).add(id, "APPLICATION", null, "application-0.pdf", application)
			.add(id, "OFFER", null, "offre-1.pdf", offer)
			.deposit(id, OpeningFixtures.openingKeyPair().getPublic(), List.of());
		assertThat(made.status()).as(made.body()).isEqualTo(201);
	}

	private static byte[] bytes(int size, long seed) {
		var bytes = new byte[size];
		new Random(seed ^ System.nanoTime()).nextBytes(bytes);
		return bytes;
	}

	private static void signIn(Page page, Person person) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(person.email());
		page.locator("input[type=password]").first().fill(Buyers.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
	}
}
