package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openmarches.IntegrationTest;
import fr.openmarches.platform.Siren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo companies present themselves in the directory, as docs/demo-accounts.md says. */
@IntegrationTest
class DemoShowcaseTest {

	@Autowired
	CompanyService companies;

	@Autowired
	CompanyDirectory directory;

	@Test
	void theThreeDemoCompaniesHaveAFicheAndAerodefenseTwoIllustratedProducts() {
		for (var siren : new String[] { "842137655", "412873598", "523689149" }) {
			var company = directory.find(companies.findBySiren(new Siren(siren)).orElseThrow().id()).orElseThrow();
			assertThat(company.fiche().activities()).as(company.name()).isNotEmpty();
			assertThat(company.fiche().regions()).as(company.name()).isNotEmpty();
			assertThat(company.fiche().references()).as(company.name()).isNotEmpty();
			assertThat(company.legalForm()).as(company.name()).matches("[0-9]{4}");
		}
		var aerodefense = directory.find(companies.findBySiren(new Siren("412873598")).orElseThrow().id()).orElseThrow();
		assertThat(aerodefense.products()).hasSize(2).allSatisfy(product -> assertThat(product.image()).isEqualTo(ImageType.PNG));
		assertThat(directory.search(new DirectorySearch(null, "35000000", null, null), 0, 50).getContent())
			.extracting(DirectoryEntry::name)
			.contains("Aérodéfense Systèmes");
	}
}
