package fr.openmarches.dume;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser at phone width: a member of a group of operators fills its DUME page, its role
 * chosen from the list by its label, the other members, the group's name and a document named as
 * evidence; the page shows them saved.
 */
class DumeGroupPageTest extends BrowserTest {

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Test
	void aGroupMemberFillsItsRoleAndItsEvidenceOnThePage() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des groupements"), "13");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Nettoyage du port"),
				clock.instant().plus(Duration.ofDays(20))));
		var api = new WebVisitor(port);
		api.signIn(buyer.email(), Buyers.PASSWORD);
		api.get("/");
		assertThat(api.send("PUT", "/api/v1/buyer/consultations/" + id + "/espd-request", "application/json",
				"{\"criteria\": [\"eo-group\", \"finan-requ\"]}".getBytes(StandardCharsets.UTF_8), true).status())
			.isEqualTo(200);
		ConsultationFixtures.publish(consultations, id);
		var supplier = CompanyFixtures.person(accounts, "Apolline");
		CompanyFixtures.company(companies, supplier, Fixtures.unique("Berges Propres"));

		page.setViewportSize(390, 844);
		signInAs(page, supplier.email(), CompanyFixtures.PASSWORD);
		page.navigate("/mon-espace/dume/" + id);
		for (var code : List.of("crime-org", "corruption", "fraud", "terr-offence", "finan-laund", "human-traffic", "tax-pay",
				"socsec-pay")) {
			page.locator("label[for='no-" + code + "']").click();
		}
		page.locator("label[for='yes-eo-group']").click();
		page.getByLabel("Si oui : Please indicate the role of the economic operator in the group")
			.selectOption("Chef de file du groupement");
		page.getByLabel("Si oui : Please identify the other economic operators").fill("Quais Nets SARL, Marseille");
		page.getByLabel("Si oui : Where applicable, name of the participating group").fill("Groupement des Quais");
		page.locator("label[for='yes-finan-requ']").click();
		page.locator("#amount-finan-requ").fill("250 000");
		var evidence = page.locator("#answer-finan-requ fieldset").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Evidence Supplied"));
		evidence.getByLabel("Adresse du document (URL)").fill("https://attestations.example.org/bilans/2025");
		evidence.getByLabel("Émetteur").fill("Cabinet du Port");
		page.locator("#response-submit").click();

		assertThat(page.locator(".fr-alert--success")).isVisible();
		assertThat(page.locator("#detail-C59-OT-eo-group-QG1-QSG1-Q1")).hasValue("group-lead");
		assertThat(page.locator("#detail-C59-OT-eo-group-QG1-QSG1-Q3")).hasValue("Groupement des Quais");
		assertThat(evidence.getByLabel("Adresse du document (URL)")).hasValue("https://attestations.example.org/bilans/2025");
		assertThat(evidence.getByLabel("Émetteur")).hasValue("Cabinet du Port");
		var scrolls = (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		assertThat(scrolls).as("no sideways scrolling at phone width").isFalse();
	}
}
