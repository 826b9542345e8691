package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.identity.AccountClosureRefusedException;
import fr.openmarches.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Closing one's account: a member leaves their company with it; the last active administrator of
 * a company is refused, and told what to do, from the « Mon espace » page.
 */
@IntegrationTest
class AccountClosureTest {

	@Autowired
	CompanyService companies;

	@Autowired
	CompanyAdministration administration;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	@Test
	void aMemberWhoClosesTheirAccountLeavesTheCompany() {
		var admin = CompanyFixtures.person(accounts, "Agnès");
		var member = CompanyFixtures.person(accounts, "Mathis");
		var company = CompanyFixtures.company(companies, admin, Fixtures.unique("Verrerie"));
		companies.join(company, member.id());

		accounts.close(member.id());

		assertThat(accounts.find(member.id())).isEmpty();
		assertThat(companies.find(company).orElseThrow().member(member.id())).isEmpty();
	}

	@Test
	void theLastActiveAdministratorCannotCloseTheirAccountAndNothingChanges() {
		var admin = CompanyFixtures.person(accounts, "Agnès");
		var lockedAdmin = CompanyFixtures.person(accounts, "Loïc");
		var name = Fixtures.unique("Verrerie");
		var company = CompanyFixtures.company(companies, admin, name);
		companies.join(company, lockedAdmin.id());
		companies.promote(company, lockedAdmin.id());
		administration.lock(admin.id(), lockedAdmin.id(), "En congé");
		var before = companies.find(company).orElseThrow();

		assertThatThrownBy(() -> accounts.close(admin.id())).isInstanceOfSatisfying(AccountClosureRefusedException.class,
				refused -> {
					assertThat(refused.messageKey()).isEqualTo("company.closure.lastAdministrator");
					assertThat(refused.arguments()).containsExactly(name);
				});
		assertThat(accounts.find(admin.id())).isPresent();
		assertThat(companies.find(company).orElseThrow()).isEqualTo(before);
	}

	@Test
	void onMySpaceTheRefusalIsExplainedAndAMemberClosesTheirAccountWithTheirPassword() {
		var admin = CompanyFixtures.person(accounts, "Agnès");
		var member = CompanyFixtures.person(accounts, "Mathis");
		var name = Fixtures.unique("Verrerie");
		var company = CompanyFixtures.company(companies, admin, name);
		companies.join(company, member.id());

		var adminVisitor = new WebVisitor(port);
		adminVisitor.signIn(admin.email(), CompanyFixtures.PASSWORD);
		adminVisitor.get("/mon-espace");
		var refused = adminVisitor.post("/mon-espace/fermeture", Map.of("password", CompanyFixtures.PASSWORD));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"closure-refused\"")
			.contains("Vous êtes le dernier administrateur de l’entreprise " + name);
		assertThat(accounts.find(admin.id())).isPresent();

		var memberVisitor = new WebVisitor(port);
		memberVisitor.signIn(member.email(), CompanyFixtures.PASSWORD);
		var space = memberVisitor.get("/mon-espace");
		assertThat(space.body()).contains("href=\"/entreprise\"").contains("id=\"account-closure-form\"");
		var wrong = memberVisitor.post("/mon-espace/fermeture", Map.of("password", "pas le bon mot de passe"));
		assertThat(wrong.body()).contains("id=\"password-error\"").contains("Le mot de passe est incorrect");
		assertThat(accounts.find(member.id())).isPresent();

		var closed = memberVisitor.post("/mon-espace/fermeture", Map.of("password", CompanyFixtures.PASSWORD));
		assertThat(closed.status()).isEqualTo(302);
		assertThat(closed.location()).endsWith("/");
		assertThat(memberVisitor.get("/").body()).contains("Votre compte est fermé.").contains("Se connecter");
		assertThat(memberVisitor.get("/mon-espace").status()).isEqualTo(302);
		assertThat(accounts.find(member.id())).isEmpty();
		assertThat(companies.find(company).orElseThrow().members()).hasSize(1);
	}
}
