package fr.openmarches.company;

import fr.openmarches.platform.Siret;
import fr.openmarches.platform.Siren;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Companies stored in PostgreSQL: registration, establishments, members and their roles. */
@IntegrationTest
class CompanyServiceTest {

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@Test
	void theFounderIsTheFirstAdministratorAndOthersJoinAsMembers() {
		var siren = Fixtures.uniqueSiren();
		var founder = person("Inès");
		var colleague = person("Paul");
		var id = companies.register(new NewCompany(siren, "Menuiserie " + siren, "5499", "16.23Z", true,
				Address.inFrance("4 rue du Bois", "44000", "Nantes")), founder);
		companies.join(id, colleague);

		var company = companies.find(id).orElseThrow();
		assertThat(company.sme()).isTrue();
		assertThat(company.roleOf(founder)).contains(CompanyRole.ADMINISTRATOR);
		assertThat(company.roleOf(colleague)).contains(CompanyRole.MEMBER);
		assertThat(companies.companyOf(colleague)).map(CompanyView::id).contains(id);
		assertThat(companies.findBySiren(siren)).map(CompanyView::name).contains("Menuiserie " + siren);
		assertThat(accounts.find(founder).orElseThrow().roles()).contains(Role.SUPPLIER_ADMIN, Role.SUPPLIER_MEMBER);
		assertThat(accounts.find(colleague).orElseThrow().roles()).containsExactly(Role.SUPPLIER_MEMBER);

		companies.promote(id, colleague);
		assertThat(companies.find(id).orElseThrow().roleOf(colleague)).contains(CompanyRole.ADMINISTRATOR);
		assertThat(accounts.find(colleague).orElseThrow().roles()).contains(Role.SUPPLIER_ADMIN);
		assertThatThrownBy(() -> companies.promote(id, colleague)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aCompanyHasOneHeadOfficeAndOnlyItsOwnEstablishments() {
		var siren = Fixtures.uniqueSiren();
		var id = companies.register(new NewCompany(siren, "Imprimerie " + siren, "5710", "18.12Z", false,
				Address.inFrance("1 rue Haute", "69001", "Lyon")), person("Luc"));
		var first = siret(siren, "0001");
		var second = siret(siren, "0002");
		companies.addEstablishment(id, first, true, Address.inFrance("1 rue Haute", "69001", "Lyon"));
		companies.addEstablishment(id, second, true, Address.inFrance("9 rue Basse", "69002", "Lyon"));

		var company = companies.find(id).orElseThrow();
		assertThat(company.establishments()).hasSize(2);
		assertThat(company.headOffice()).map(CompanyView.EstablishmentView::siret).contains(second);
		assertThatThrownBy(() -> companies.addEstablishment(id, Fixtures.uniqueSiret(), false,
				Address.inFrance("1 rue Haute", "69001", "Lyon")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSirenIsRegisteredOnceAndAPersonBelongsToOneCompany() {
		var siren = Fixtures.uniqueSiren();
		var founder = person("Zoé");
		var details = new NewCompany(siren, "Transports " + siren, "5710", "49.41A", false,
				Address.inFrance("2 route Nationale", "13000", "Marseille"));
		var id = companies.register(details, founder);
		assertThatThrownBy(() -> companies.register(details, person("Max"))).isInstanceOf(IllegalArgumentException.class);
		var other = companies.register(new NewCompany(Fixtures.uniqueSiren(), "Autre", "5599", "46.90Z", false,
				Address.inFrance("3 route Nationale", "13000", "Marseille")), person("Eva"));
		assertThatThrownBy(() -> companies.join(other, founder)).isInstanceOf(IllegalStateException.class);
		assertThat(companies.find(id).orElseThrow().members()).hasSize(1);
	}

	@Test
	void aForeignCompanyHasNoSirenButAFrenchOneMust() {
		var founder = person("Hans");
		var nationalId = "DE" + Fixtures.uniqueSiren().value();
		var id = companies.register(new NewCompany(null, nationalId, "Optik GmbH", "GmbH", null, false,
				new Address("Hauptstraße 1", "10115", "Berlin", "DE")), founder);
		assertThat(companies.find(id).orElseThrow().siren()).isNull();
		assertThat(companies.findAbroad("DE", nationalId.toLowerCase())).map(CompanyView::id).contains(id);
		assertThatThrownBy(() -> companies.register(new NewCompany(null, "Sans numéro", "5710", "62.01Z", false,
				Address.inFrance("1 rue X", "75001", "Paris")), person("Léo")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private AccountId person(String givenName) {
		return accounts.open(new NewAccount(Fixtures.unique(givenName).replace(" ", "").toLowerCase() + "@test.example",
				"un mot de passe solide", givenName, "Test", null, Set.of()));
	}

	private static Siret siret(Siren siren, String establishment) {
		return new Siret(Fixtures.withCheckDigit(siren.value() + establishment));
	}
}
