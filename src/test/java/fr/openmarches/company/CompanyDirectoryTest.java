package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.identity.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The directory of economic operators over uniquely named companies (the shared database holds
 * others): by name (accents and case ignored), by CPV code and the codes below it, by region, by
 * SME flag; counts per filter; unlisted companies never shown.
 */
@IntegrationTest
class CompanyDirectoryTest {

	@Autowired
	CompanyDirectory directory;

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	String word;

	CompanyId software;

	CompanyId cleaning;

	CompanyId hidden;

	@BeforeEach
	void threeCompanies() {
		word = "Zéphyr" + Fixtures.unique("").strip();
		software = company("Logiciels " + word, true, List.of("72212000"), EnumSet.of(Region.BRETAGNE, Region.OCCITANIE), true);
		cleaning = company("Nettoyage " + word, false, List.of("90919200"), EnumSet.of(Region.BRETAGNE), true);
		hidden = company("Discrète " + word, true, List.of("72212000"), EnumSet.of(Region.BRETAGNE), false);
	}

	@Test
	void findsCompaniesByWordsOfTheirNameIgnoringAccentsAndCase() {
		assertThat(names(new DirectorySearch(word.toUpperCase().replace("É", "E"), null, null, null)))
			.containsExactly("Logiciels " + word, "Nettoyage " + word);
		assertThat(names(new DirectorySearch("logiciels " + word, null, null, null))).containsExactly("Logiciels " + word);
		var siren = companies.find(software).orElseThrow().siren();
		assertThat(names(new DirectorySearch(siren.formatted(), null, null, null))).containsExactly("Logiciels " + word);
	}

	@Test
	void aCpvCodeFindsTheCompaniesWorkingOnItOrBelowIt() {
		assertThat(names(new DirectorySearch(word, "72000000", null, null))).containsExactly("Logiciels " + word);
		assertThat(names(new DirectorySearch(word, "72200000", null, null))).containsExactly("Logiciels " + word);
		assertThat(names(new DirectorySearch(word, "72212000", null, null))).containsExactly("Logiciels " + word);
		assertThat(names(new DirectorySearch(word, "72212100", null, null))).isEmpty();
		assertThat(names(new DirectorySearch(word, "90000000", null, null))).containsExactly("Nettoyage " + word);
	}

	@Test
	void filtersByRegionAndSmeFlagWithCountsForEachValue() {
		assertThat(names(new DirectorySearch(word, null, Region.OCCITANIE, null))).containsExactly("Logiciels " + word);
		assertThat(names(new DirectorySearch(word, null, null, false))).containsExactly("Nettoyage " + word);

		var facets = directory.facets(new DirectorySearch(word, null, Region.OCCITANIE, true));
		assertThat(facets.region(Region.BRETAGNE)).as("other filters kept, region ignored").isEqualTo(1);
		assertThat(facets.region(Region.OCCITANIE)).isEqualTo(1);
		assertThat(facets.sme(true)).isEqualTo(1);
		assertThat(facets.sme(false)).as("Nettoyage is not in Occitanie").isZero();
		assertThat(directory.facets(new DirectorySearch(word, null, null, null)).region(Region.BRETAGNE)).isEqualTo(2);
	}

	@Test
	void pagesOfResults() {
		var first = directory.search(new DirectorySearch(word, null, null, null), 0, 1);
		var second = directory.search(new DirectorySearch(word, null, null, null), 1, 1);

		assertThat(first.getTotalElements()).isEqualTo(2);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent()).extracting(DirectoryEntry::name).containsExactly("Logiciels " + word);
		assertThat(second.getContent()).extracting(DirectoryEntry::name).containsExactly("Nettoyage " + word);
		assertThat(first.getContent().getFirst().activities()).containsExactly("72212000");
		assertThat(first.getContent().getFirst().regions()).containsExactlyInAnyOrder(Region.BRETAGNE, Region.OCCITANIE);
	}

	@Test
	void anUnlistedCompanyIsNeitherFoundNorShown() {
		assertThat(directory.find(hidden)).isEmpty();
		assertThat(directory.find(software)).map(PublicCompany::name).contains("Logiciels " + word);
		var visitor = new WebVisitor(port);
		assertThat(visitor.get("/annuaire/entreprises/" + hidden).status()).isEqualTo(404);
		assertThat(visitor.get("/annuaire/entreprises/pas-un-id").status()).isEqualTo(404);
		assertThat(visitor.get("/api/v1/companies/" + hidden).status()).isEqualTo(404);
	}

	@Test
	void theDirectoryPagesAndItsApiShowTheSameCompanies() {
		var visitor = new WebVisitor(port);

		var page = visitor.get("/annuaire/entreprises?q=" + word + "&cpv=72000000+%E2%80%94+Services&region=BRETAGNE&sme=oui");
		var api = visitor.get("/api/v1/companies?q=" + word + "&cpv=72000000&region=BRETAGNE&sme=true", "Accept",
				"application/json");
		var fiche = visitor.get("/annuaire/entreprises/" + software);

		assertThat(page.body()).contains("1 entreprise").contains("Logiciels " + word).doesNotContain("Nettoyage " + word)
			.doesNotContain("Discrète " + word)
			.contains("Bretagne (1)");
		assertThat(api.body()).contains("\"totalItems\":1").contains("Logiciels " + word).contains("\"BRETAGNE\":1");
		assertThat(fiche.body()).contains("<h1>Logiciels " + word + "</h1>")
			.contains("72212000 — Services de programmation de logiciels d&#39;application")
			.contains("Occitanie")
			.contains("Ville de Rennes");
		assertThat(visitor.get("/annuaire/entreprises?cpv=pas+un+code").body()).contains("id=\"cpv-error\"");
		assertThat(visitor.get("/api/v1/companies?cpv=pas+un+code", "Accept", "application/json").status()).isEqualTo(400);
	}

	private List<String> names(DirectorySearch search) {
		return directory.search(search, 0, 50).getContent().stream().map(DirectoryEntry::name).toList();
	}

	private CompanyId company(String name, boolean sme, List<String> activities, Set<Region> regions, boolean listed) {
		var founder = CompanyFixtures.person(accounts, "Fondateur");
		var id = companies.register(new NewCompany(Fixtures.uniqueSiren(), name, "5710", "62.01Z", sme,
				Address.inFrance("1 rue de Brest", "35000", "Rennes")), founder.id());
		companies.describe(id, new CompanyFiche("Ce que nous faisons.", null, activities, regions,
				List.of(new Reference("Un marché", "Ville de Rennes", 2025, null)), List.of("ISO 9001"), listed));
		return id;
	}
}
