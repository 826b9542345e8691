package fr.openmarches.submission;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.signature.PdfSeals;
import fr.openmarches.vault.DocumentType;
import fr.openmarches.vault.Vault;

/**
 * A supplier deposits in a real browser: files sealed by the page's script, sent in chunks with
 * progress, resumed after a cut, replaced by a second deposit, marked late after the deadline,
 * and the same path on a test consultation; the receipt arrives by mail with a valid signature;
 * documents ticked in the company's vault go into the candidature.
 */
class DepositJourneyTest extends BrowserTest {

	static final Path FILES = Path.of("target/test-data/journey-files");

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	PdfSeals seals;

	@Autowired
	Vault vault;

	PurchasingEntityId entity;

	CompanyFixtures.Person supplier;

	@BeforeEach
	void aSupplier() throws IOException {
		Files.createDirectories(FILES);
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des dépôts en ligne"), "69");
		supplier = CompanyFixtures.person(accounts, "Léa");
		CompanyFixtures.company(companies, supplier, Fixtures.unique("Atelier Lyonnais"));
	}

	@Test
	void aLargeDepositShowsItsProgressAndItsReceiptArrivesSigned() throws IOException {
		var consultation = published(false);
		var large = file("offre-200mo.bin", 200L << 20, 1);
		var application = file("dc1.pdf", 50_000, 2);
		signIn(page);
		page.navigate("/consultations/" + consultation.value());
		page.locator("#deposit-link").click();
		page.locator("#deposit-form[data-ready]").waitFor();
		page.setInputFiles("#files-APPLICATION", application);
		page.setInputFiles("#files-OFFER", large);
		page.locator("#deposit-submit").click();

		assertThat(page.locator("#deposit-progress")).isVisible();
		page.waitForCondition(() -> progress(page) > 0 && progress(page) < 100,
				new Page.WaitForConditionOptions().setTimeout(60_000));
		assertThat(page.locator("#deposit-overall-text")).containsText("Mo");
		page.waitForURL(Pattern.compile(".*/mon-espace/depots/.+"), new Page.WaitForURLOptions().setTimeout(180_000));
		assertThat(page.locator("#deposit-pieces")).containsText("offre-200mo.bin");
		assertThat(page.locator("#deposit-pieces")).containsText("dc1.pdf");
		assertThat(page.locator("#receipt-link")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

		var mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailbox.receivedBy(supplier.email()).stream().filter(m -> m.subject().startsWith("Accusé de réception")).findFirst(),
					Optional::isPresent)
			.orElseThrow();
		assertThat(seals.check(mail.attachments().getFirst().content()).valid()).isTrue();
	}

	@Test
	void aDepositCutMidUploadResumesInANewTabWithoutSendingAgainWhatArrived() throws IOException {
		var consultation = published(false);
		var offer = file("offre-coupee.bin", 12L << 20, 3); // 3 chunks of 4 MiB
		signIn(page);
		var sent = new AtomicInteger();
		page.route("**/chunks/2", route -> route.abort()); // the network drops at the third chunk
		page.onRequest(request -> {
			if (request.method().equals("PUT") && request.url().contains("/chunks/")) {
				sent.incrementAndGet();
			}
		});
		page.navigate("/consultations/" + consultation.value() + "/depot");
		page.locator("#deposit-form[data-ready]").waitFor();
		page.setInputFiles("#files-OFFER", offer);
		page.locator("#deposit-submit").click();
		assertThat(page.locator("#deposit-status")).containsText("Connexion perdue", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		page.close(); // the tab is closed

		page = browserContext.newPage();
		var resent = new AtomicInteger();
		page.onRequest(request -> {
			if (request.method().equals("PUT") && request.url().contains("/chunks/")) {
				resent.incrementAndGet();
			}
		});
		page.navigate("/consultations/" + consultation.value() + "/depot");
		page.locator("#deposit-form[data-ready]").waitFor();
		page.setInputFiles("#files-OFFER", offer);
		page.locator("#deposit-submit").click();
		page.waitForURL(Pattern.compile(".*/mon-espace/depots/.+"), new Page.WaitForURLOptions().setTimeout(60_000));
		assertThat(page.locator("#deposit-pieces")).containsText("offre-coupee.bin");
		assertThat(resent.get()).as("only the chunk that did not arrive is sent again").isEqualTo(1);
	}

	@Test
	void aSecondDepositReplacesTheFirstAndALateOneIsMarkedLate() throws IOException {
		var consultation = published(false);
		signIn(page);
		deposit(consultation, file("offre-v1.pdf", 10_000, 4));
		var first = page.url();
		clock.advance(Duration.ofHours(2));
		deposit(consultation, file("offre-v2.pdf", 10_000, 5));
		assertThat(page.locator("main")).containsText("Retenu");
		page.navigate(first);
		assertThat(page.locator("main")).containsText("Remplacé par un dépôt ultérieur");

		clock.advance(Duration.ofDays(30)); // after the deadline
		page.navigate("/consultations/" + consultation.value() + "/depot");
		assertThat(page.locator("main")).containsText("La date limite est passée");
		page.locator("#deposit-form[data-ready]").waitFor();
		page.setInputFiles("#files-OFFER", file("offre-tardive.pdf", 10_000, 6));
		page.locator("#deposit-submit").click();
		page.waitForURL(Pattern.compile(".*/mon-espace/depots/.+"));
		assertThat(page.locator("#late-notice")).isVisible();
		page.navigate("/mon-espace/depots");
		assertThat(page.locator("#my-deposits")).containsText("Hors délai");
	}

	@Test
	void aSimulatedDepositOnATestConsultationRunsTheWholePath() throws IOException {
		var consultation = published(true);
		signIn(page);
		page.navigate("/verification-poste");
		page.locator("#workstation-run").click();
		assertThat(page.locator("[data-check=clock]")).isVisible();
		assertThat(page.locator("[data-result=ko]")).hasCount(0);
		assertThat(page.locator("[data-check=crypto]")).containsText("fonctionne");

		page.navigate("/consultations/" + consultation.value() + "/depot");
		assertThat(page.locator("main")).containsText("Consultation de test");
		deposit(consultation, file("essai.pdf", 5_000, 7));
		assertThat(page.locator("#receipt-link")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
	}

	@Test
	void theTickedVaultDocumentsAreSealedInTheCandidatureAndNoOther() throws IOException {
		var consultation = published(false);
		var kbis = store(DocumentType.KBIS, "Kbis d’octobre", "kbis.pdf");
		var urssaf = store(DocumentType.URSSAF, "Attestation de vigilance", "urssaf.pdf");
		store(DocumentType.INSURANCE, "Responsabilité civile", "assurance.pdf");
		signIn(page);
		page.navigate("/consultations/" + consultation.value() + "/depot");
		page.locator("#deposit-form[data-ready]").waitFor();
		assertThat(page.locator("#vault input[type=checkbox]")).hasCount(3);
		page.locator("label[for='vault-" + kbis + "']").click();
		page.locator("label[for='vault-" + urssaf + "']").click();
		page.setInputFiles("#files-OFFER", file("offre-coffre.pdf", 20_000, 8));
		page.locator("#deposit-submit").click();
		page.waitForURL(Pattern.compile(".*/mon-espace/depots/.+"), new Page.WaitForURLOptions().setTimeout(60_000));

		var pieces = page.locator("#deposit-pieces");
		assertThat(pieces).containsText("Copie du coffre-fort : Extrait Kbis — Kbis d’octobre");
		assertThat(pieces).containsText("Copie du coffre-fort : Attestation URSSAF — Attestation de vigilance");
		assertThat(pieces).containsText("offre-coffre.pdf");
		assertThat(pieces).not().containsText("assurance.pdf");
		assertThat(pieces).not().containsText("Responsabilité civile");
		assertThat(page.locator("#deposit-pieces tbody tr")).hasCount(3);
	}

	/** A document stored in the supplier's vault; the id of its version. */
	private java.util.UUID store(DocumentType type, String title, String fileName) {
		var bytes = ("%PDF-1.7 " + title).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return vault.create(supplier.id(), type, title, new Vault.Upload(fileName, "application/pdf",
				java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2027, 10, 1),
				new java.io.ByteArrayInputStream(bytes)))
			.current()
			.id();
	}

	private void deposit(ConsultationId consultation, Path offer) {
		page.navigate("/consultations/" + consultation.value() + "/depot");
		page.locator("#deposit-form[data-ready]").waitFor();
		page.setInputFiles("#files-OFFER", offer);
		page.locator("#deposit-submit").click();
		page.waitForURL(Pattern.compile(".*/mon-espace/depots/.+"));
	}

	private ConsultationId published(boolean test) {
		var details = test
				? ConsultationFixtures.newTestConsultation(entity, Fixtures.unique("Essai de dépôt"), clock.instant().plus(Duration.ofDays(10)))
				: ConsultationFixtures.newConsultation(entity, Fixtures.unique("Rénovation de la mairie"), clock.instant().plus(Duration.ofDays(10)));
		var id = consultations.draft(details);
		ConsultationFixtures.publish(consultations, id);
		return id;
	}

	private void signIn(Page page) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(supplier.email());
		page.locator("input[type=password]").first().fill(CompanyFixtures.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
	}

	private static int progress(Page page) {
		return ((Number) page.evaluate("document.getElementById('deposit-overall').value")).intValue();
	}

	/** A file of {@code size} pseudo-random bytes, written once. */
	private static Path file(String name, long size, int seed) throws IOException {
		var path = FILES.resolve(name);
		if (Files.exists(path) && Files.size(path) == size) {
			return path;
		}
		var random = new Random(seed);
		var block = new byte[1 << 20];
		try (OutputStream out = Files.newOutputStream(path)) {
			for (long written = 0; written < size; written += block.length) {
				random.nextBytes(block);
				out.write(block, 0, (int) Math.min(block.length, size - written));
			}
		}
		return path;
	}
}
