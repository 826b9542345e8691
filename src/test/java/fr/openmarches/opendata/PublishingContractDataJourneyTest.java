package fr.openmarches.opendata;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.LegalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A buyer records the contract of a lot after the deadline: the record comes prefilled from the
 * consultation; the buyer tries to publish it too early and reads what is missing, fills in the
 * holder, amount, duration and notification date, and publishes; anyone then finds it on the
 * public list of essential data, reads its page, and the JSON export validates against the official
 * schema.
 */
class PublishingContractDataJourneyTest extends BrowserTest {

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	ConsultationService consultations;

	@Autowired
	ApplicationContext context;

	@Test
	void aBuyerPublishesTheEssentialDataOfALotAndAnyoneReadsThem() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Commune de Contrats"), "33");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var consultation = ContractFixtures.closedWithTwoLots(consultations, context, clock, entity,
				Fixtures.unique("Entretien des écoles"));
		var today = LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
		var holder = Fixtures.uniqueSiret();

		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(buyer.email());
		page.locator("input[type=password]").first().fill(Buyers.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));

		page.navigate("/acheteur/consultations/" + consultation);
		page.locator("#contracts-page").click();
		assertThat(page.locator("h1")).hasText("Contrats et données essentielles");
		page.locator("#lot-1 button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Fiche du contrat");
		assertThat(page.locator("#cpv")).hasValue("90910000");
		assertThat(page.locator("#placeCode")).hasValue("75");
		assertThat(page.locator("#problems")).containsText("Le marché doit avoir au moins un titulaire.");

		page.locator("#publish").click();
		assertThat(page.locator("#problems-title")).hasText("Publication refusée");
		assertThat(page.locator("#contract-state")).hasText("Brouillon");

		page.getByLabel("Identifiant du titulaire 1", new Page.GetByLabelOptions().setExact(true)).fill(holder.formatted());
		page.getByLabel("Nom du titulaire 1", new Page.GetByLabelOptions().setExact(true)).fill("Écoles Propres");
		page.locator("#amount").fill("84 250,00");
		page.locator("#durationMonths").fill("24");
		page.locator("#notifiedOn").fill(today.toString());
		page.locator("#offersReceived").fill("3");
		page.locator("label[for=social-CLAUSE]").click();
		page.locator("label[for=social-NONE]").click();
		page.locator("#save").click();
		assertThat(page.locator("#ready")).isVisible();

		page.locator("#publish").click();
		assertThat(page.locator("#contract-state")).hasText("Publiée");
		page.locator("#public-page").click();
		assertThat(page.locator("#term-amount")).hasText("84 250,00 €");
		assertThat(page.locator("#term-holders")).containsText(holder.value());

		var visitor = newVisitor();
		visitor.navigate("/");
		visitor.locator("footer").getByText("Données essentielles").click();
		assertThat(visitor.locator("h1")).hasText("Données essentielles des marchés publics");
		visitor.getByLabel("Acheteur").selectOption(entity.value().toString());
		visitor.getByLabel("Année de notification").fill(Integer.toString(today.getYear()));
		visitor.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Filtrer")).click();
		assertThat(visitor.locator("#count")).hasText("1 contrat publié");
		visitor.locator("#published a").first().click();
		assertThat(visitor.locator("#term-holders")).containsText("Écoles Propres");
		assertThat(visitor.locator("#decp")).containsText("\"montant\" : 84250");

		var export = visitor.request().get("/donnees-essentielles/decp.json");
		assertThat(export.status()).isEqualTo(200);
		var json = new String(export.body(), StandardCharsets.UTF_8);
		assertThat(DecpValidation.errors(json)).isEmpty();
		assertThat(JsonPath.<List<String>>read(json, "$.marches.marche[*].titulaires[0].titulaire.id")).contains(holder.value());
	}
}
