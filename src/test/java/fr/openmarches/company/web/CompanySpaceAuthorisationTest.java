package fr.openmarches.company.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.ApiCalls;
import fr.openmarches.company.CompanyFiche;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyFixtures.Person;
import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyShowcase;
import fr.openmarches.company.CompanyView;
import fr.openmarches.company.ProductDetails;
import fr.openmarches.company.ProductId;
import fr.openmarches.company.ProductView;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.AccountView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what in the company space, over real HTTP: a company's administrator can never read
 * or change another company's members or products, even with their real ids; a simple member
 * cannot manage collaborators; visitors are sent to sign in. Every refusal changes nothing.
 */
@IntegrationTest
class CompanySpaceAuthorisationTest {

	@Autowired
	CompanyService companies;

	@Autowired
	CompanyShowcase showcase;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	Person adminA;

	Person memberA;

	Person adminB;

	Person memberB;

	CompanyId companyB;

	ProductId productB;

	@BeforeEach
	void twoCompanies() {
		adminA = CompanyFixtures.person(accounts, "Alice");
		memberA = CompanyFixtures.person(accounts, "Arthur");
		var companyA = CompanyFixtures.company(companies, adminA, Fixtures.unique("Entreprise A"));
		companies.join(companyA, memberA.id());
		adminB = CompanyFixtures.person(accounts, "Bruno");
		memberB = CompanyFixtures.person(accounts, "Bérénice");
		companyB = CompanyFixtures.company(companies, adminB, Fixtures.unique("Entreprise B"));
		companies.join(companyB, memberB.id());
		productB = companies.addProduct(companyB, new ProductDetails("Produit de B", "Secret de B", "72212000"));
	}

	@Test
	void anAdministratorOfACompanyNeverReadsNorChangesAnotherCompanysMembers() {
		var before = stateOfB();
		var visitor = signedIn(adminA);
		var member = "/entreprise/collaborateurs/" + memberB.id();
		var admin = "/entreprise/collaborateurs/" + adminB.id();

		assertThat(visitor.get("/entreprise/collaborateurs").body()).doesNotContain(memberB.email())
			.doesNotContain(adminB.email());
		for (var path : new String[] { member, member + "/verrouillage", member + "/retrait", admin }) {
			assertThat(visitor.get(path).status()).as("GET " + path).isEqualTo(404);
		}
		visitor.get("/entreprise");
		for (var path : new String[] { member + "/promotion", admin + "/retrogradation", member + "/verrouillage",
				member + "/deverrouillage", member + "/retrait", member }) {
			var answer = visitor.post(path, Map.of("reason", "intrusion", "familyName", "Piraté", "givenName", "Piraté"));
			assertThat(answer.status()).as("POST " + path).isEqualTo(404);
		}
		assertThat(stateOfB()).isEqualTo(before);
	}

	@Test
	void anAdministratorOfACompanyNeverReadsNorChangesAnotherCompanysProducts() {
		var before = showcase.product(adminB.id(), productB);
		var visitor = signedIn(adminA);
		var product = "/entreprise/produits/" + productB;

		assertThat(visitor.get("/entreprise/produits").body()).doesNotContain("Produit de B");
		assertThat(visitor.get(product).status()).isEqualTo(404);
		assertThat(visitor.get(product + "/image").status()).isEqualTo(404);
		assertThat(visitor.get(product + "/suppression").status()).isEqualTo(404);
		visitor.get("/entreprise");
		assertThat(visitor.post(product + "/suppression", Map.of()).status()).isEqualTo(404);
		assertThat(visitor.post(product + "/image/suppression", Map.of()).status()).isEqualTo(404);

		assertThat(showcase.product(adminB.id(), productB)).isEqualTo(before);
	}

	@Test
	void theApiNeverShowsNorChangesAnotherCompanysMembersOrProducts() {
		var before = stateOfB();
		var api = new ApiCalls(signedIn(adminA), port);

		assertThat(api.get("/api/v1/my-company/members").body()).doesNotContain(memberB.id().toString());
		assertThat(api.post("/api/v1/my-company/members/" + memberB.id() + "/promotion", "{}").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/my-company/members/" + adminB.id() + "/demotion", "{}").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/my-company/members/" + memberB.id() + "/lock", "{\"reason\":\"intrusion\"}").status())
			.isEqualTo(404);
		assertThat(api.delete("/api/v1/my-company/members/" + memberB.id()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/my-company/products/" + productB).status()).isEqualTo(404);
		assertThat(api.delete("/api/v1/my-company/products/" + productB).status()).isEqualTo(404);

		assertThat(stateOfB()).isEqualTo(before);
		assertThat(showcase.products(adminB.id())).extracting(ProductView::id).contains(productB);
	}

	@Test
	void aSimpleMemberCannotManageCollaboratorsNorTheShowcase() {
		var companyA = companies.companyOf(adminA.id()).orElseThrow();
		var ficheBefore = showcase.fiche(adminA.id());
		var visitor = signedIn(memberA);
		var admin = "/entreprise/collaborateurs/" + adminA.id();

		assertThat(visitor.get("/entreprise").status()).isEqualTo(200);
		assertThat(visitor.get("/entreprise/collaborateurs").status()).isEqualTo(403);
		assertThat(visitor.get("/entreprise/collaborateurs/invitation").status()).isEqualTo(403);
		assertThat(visitor.get(admin).status()).isEqualTo(403);
		visitor.get("/entreprise");
		assertThat(visitor.post(admin + "/retrogradation", Map.of()).status()).isEqualTo(403);
		assertThat(visitor.post(admin + "/verrouillage", Map.of("reason", "coup d’État")).status()).isEqualTo(403);
		assertThat(visitor.post(admin + "/retrait", Map.of()).status()).isEqualTo(403);
		assertThat(visitor.post("/entreprise/collaborateurs/" + memberA.id() + "/promotion", Map.of()).status())
			.isEqualTo(403);
		assertThat(visitor.post("/entreprise/fiche", Map.of("presentation", "Piraté")).status()).isEqualTo(403);
		assertThat(visitor.post("/entreprise/collaborateurs/invitation",
				Map.of("email", "intrus@test.example", "familyName", "Intrus", "givenName", "Ivan")).status())
			.isEqualTo(403);
		var api = new ApiCalls(visitor, port);
		assertThat(api.get("/api/v1/my-company/members").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/my-company/members/" + memberA.id() + "/promotion", "{}").status()).isEqualTo(403);

		assertThat(companies.companyOf(adminA.id()).orElseThrow()).isEqualTo(companyA);
		assertThat(showcase.fiche(adminA.id())).isEqualTo(ficheBefore);
		assertThat(accounts.findByEmail("intrus@test.example")).isEmpty();
	}

	@Test
	void visitorsAreSentToSignIn() {
		var visitor = new WebVisitor(port);

		for (var path : new String[] { "/entreprise", "/entreprise/collaborateurs", "/entreprise/fiche",
				"/entreprise/produits", "/mon-espace/entreprise" }) {
			var answer = visitor.get(path);
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.location()).as(path).endsWith("/connexion");
		}
		assertThat(new ApiCalls(visitor, port).get("/api/v1/my-company").status()).isEqualTo(401);
	}

	@Test
	void aBuyerIsNotASupplierAndHasNoCompanySpace() {
		var buyer = CompanyFixtures.person(accounts, "Béatrice");
		accounts.grant(buyer.id(), fr.openmarches.identity.Role.BUYER_AGENT);

		assertThat(signedIn(buyer).get("/entreprise").status()).isEqualTo(403);
	}

	private WebVisitor signedIn(Person person) {
		var visitor = new WebVisitor(port);
		assertThat(visitor.signIn(person.email(), CompanyFixtures.PASSWORD).location()).doesNotContain("erreur");
		return visitor;
	}

	/** What an intruder could have changed of company B: its members, their accounts, its fiche. */
	private Object stateOfB() {
		CompanyView company = companies.find(companyB).orElseThrow();
		Map<fr.openmarches.identity.AccountId, AccountView> people = accounts
			.findAll(company.members().stream().map(CompanyView.MemberView::account).toList());
		CompanyFiche fiche = showcase.fiche(adminB.id());
		return java.util.List.of(company, people, fiche);
	}
}
