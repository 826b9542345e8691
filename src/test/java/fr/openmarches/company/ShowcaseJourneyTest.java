package fr.openmarches.company;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.openmarches.BrowserTest;
import fr.openmarches.Fixtures;
import fr.openmarches.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator presents the company: its fiche and a product fiche, then seen in the directory. */
class ShowcaseJourneyTest extends BrowserTest {

	@Autowired
	CompanyService companies;

	@Autowired
	CompanyShowcase showcase;

	@Autowired
	AccountService accounts;

	@Test
	void anAdministratorFillsTheFicheAndAProductFicheWhichTheDirectoryShows() throws IOException {
		var ines = CompanyFixtures.person(accounts, "Inès");
		var name = Fixtures.unique("Optique Armoricaine");
		var companyId = CompanyFixtures.company(companies, ines, name);
		signIn(ines.email());

		// The fiche: a presentation, an activity picked by its code, a region, a reference.
		page.navigate("/entreprise/fiche");
		page.getByLabel("Présentation").fill("Lunettes de vision nocturne et jumelles pour les forces armées.");
		page.locator("#newActivity").fill("38631000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’activité")).click();
		assertThat(page.locator("#activity-list")).containsText("38631000");
		page.locator("label[for=region-BRETAGNE]").click();
		page.locator("[id='references0.title']").fill("Jumelles de marine");
		page.locator("[id='references0.client']").fill("Service du commissariat des armées");
		page.locator("[id='references0.year']").fill("deux mille");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
		assertThat(page.locator("[id='references[0].year-error']")).containsText("Indiquez une année");
		assertThat(page.getByLabel("Présentation")).hasValue("Lunettes de vision nocturne et jumelles pour les forces armées.");
		page.locator("[id='references0.year']").fill("2024");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
		assertThat(page.locator(".fr-alert--success")).containsText("La fiche de l’entreprise est enregistrée.");

		// A product fiche: a file that is not a picture is refused, a PNG is taken.
		page.navigate("/entreprise/produits/nouveau");
		page.getByLabel("Nom du produit").fill("Jumelles JV-8");
		page.getByLabel("Description").fill("Jumelles stabilisées 8 × 42, étanches.");
		page.locator("#cpv").fill("38631000");
		page.locator("#image").setInputFiles(new FilePayload("jumelles.png", "image/png",
				"pas une image".getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
		assertThat(page.locator("#image-error")).containsText("n’est pas une image PNG, JPEG ou WebP");
		assertThat(page.getByLabel("Nom du produit")).hasValue("Jumelles JV-8");
		page.locator("#image").setInputFiles(new FilePayload("jumelles.png", "image/png", png()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
		assertThat(page.locator(".fr-alert--success")).containsText("La fiche produit « Jumelles JV-8 » est ajoutée.");

		// Anyone sees both in the directory, picture included.
		var visitor = newVisitor();
		visitor.navigate("/annuaire/entreprises?q=" + name.replace(" ", "+"));
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		assertThat(visitor.locator("h1")).hasText(name);
		assertThat(visitor.locator("#company-activities")).containsText("38631000");
		assertThat(visitor.locator("#company-references")).containsText("Service du commissariat des armées, 2024");
		assertThat(visitor.locator("#company-products")).containsText("Jumelles JV-8");
		assertThat(visitor.locator("#company-products img")).hasAttribute("alt", "Image du produit Jumelles JV-8");
		visitor.waitForFunction("() => { const img = document.querySelector('#company-products img');"
				+ " return img && img.complete && img.naturalWidth === 64; }");

		assertThat(showcase.products(ines.id())).singleElement().satisfies(p -> assertThat(p.image()).isEqualTo(ImageType.PNG));
		assertThat(companies.find(companyId)).isPresent();
	}

	private void signIn(String email) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(email);
		page.locator("#password").fill(CompanyFixtures.PASSWORD);
		page.locator("#sign-in-form").getByRole(AriaRole.BUTTON,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Se connecter")).click();
	}

	private static byte[] png() throws IOException {
		var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
