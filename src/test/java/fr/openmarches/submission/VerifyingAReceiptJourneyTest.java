package fr.openmarches.submission;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.evidence.DailyHeads;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.OrganisationService;

/**
 * Anyone holding a deposit receipt checks it on the platform: from the footer to the verifier,
 * the PDF uploaded, each step shown; then the transparency page shows the head that covers it.
 */
class VerifyingAReceiptJourneyTest extends BrowserTest {

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	DailyHeads heads;

	@Autowired
	EvidenceLog evidence;

	@Test
	void aReceiptPdfIsVerifiedStepByStepAndItsHeadIsOnTheTransparencyPage() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité vérifiable"), "31");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Fourniture de mobilier"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		var supplier = CompanyFixtures.person(accounts, "Noé");
		CompanyFixtures.company(companies, supplier, Fixtures.unique("Mobilier du Sud"));
		var visitor = new WebVisitor(port);
		visitor.signIn(supplier.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var client = new DepositCalls(visitor).add(consultation, "OFFER", null, "offre-mobilier.pdf",
				"Offre de mobilier".getBytes(StandardCharsets.UTF_8));
		var made = client.deposit(consultation, fr.openmarches.opening.OpeningFixtures.openingKeyPair().getPublic(), List.of());
		var deposit = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		var receipt = await().atMost(Duration.ofSeconds(30))
			.until(() -> visitor.download("/api/v1/me/deposits/" + deposit + "/receipt"), r -> r.status() == 200)
			.bytes();
		clock.set(heads.nextAt().plus(Duration.ofMinutes(1)));
		heads.stampIfDue();
		var sequence = evidence.entriesAbout(deposit).getFirst().sequence();
		var head = await().atMost(Duration.ofSeconds(30))
			.until(() -> heads.covering(sequence), found -> found.isPresent())
			.orElseThrow();

		page.navigate("/");
		page.locator("footer a[href='/verifier']").click();
		assertThat(page.locator("h1")).hasText("Vérifier un accusé de réception");
		page.setInputFiles("#receipt", new FilePayload("accuse-de-reception.pdf", "application/pdf", receipt));
		page.locator("#verify-form button[type=submit]").click();

		assertThat(page.locator("#verdict-title")).hasText("Accusé vérifié");
		assertThat(page.locator("#verification-steps > li")).hasCount(5);
		assertThat(page.locator("#verification-steps [data-outcome='PASSED']")).hasCount(5);
		assertThat(page.locator("#verification-steps")).containsText("Horodatage de la tête quotidienne");

		page.locator("main a[href='/transparence']").click();
		assertThat(page.locator("#heads")).containsText(HexFormat.of().formatHex(head.entryHash()));
		assertThat(page.locator("#heads-csv")).isVisible();
	}
}
