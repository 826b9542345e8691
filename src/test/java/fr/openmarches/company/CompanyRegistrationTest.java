package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.company.MembershipChangeRefusedException.Reason;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.EmailAlreadyUsedException;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.platform.Siren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How people come to belong to companies, stored in PostgreSQL: a company is registered once, its
 * later people join it as members, new SIRETs become establishments; moving and leaving.
 */
@IntegrationTest
class CompanyRegistrationTest {

	@Autowired
	CompanyRegistration registration;

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@Test
	void theFirstPersonFoundsTheCompanyAndTheNextJoinsItWithTheirOwnEstablishment() {
		var siren = Fixtures.uniqueSiren();
		var headOffice = CompanyFixtures.siret(siren, "0001");
		var lyon = CompanyFixtures.siret(siren, "0002");

		var first = registration.signUp(newAccount("Iris"), french(siren, headOffice, true, null));
		var second = registration.signUp(newAccount("Noé"), Affiliation.inFrance(siren, lyon, false,
				Address.inFrance("9 quai Perrache", "69002", "Lyon"), null, details(siren)));

		assertThat(first.affiliation().founded()).isTrue();
		assertThat(second.affiliation()).isEqualTo(new Affiliated(first.affiliation().company(), false));
		var company = companies.findBySiren(siren).orElseThrow();
		assertThat(company.roleOf(first.account())).contains(CompanyRole.ADMINISTRATOR);
		assertThat(company.roleOf(second.account())).contains(CompanyRole.MEMBER);
		assertThat(company.establishments()).extracting(CompanyView.EstablishmentView::siret)
			.containsExactly(headOffice, lyon);
		assertThat(company.headOffice().orElseThrow().siret()).isEqualTo(headOffice);
		assertThat(company.member(second.account()).orElseThrow().establishment()).isEqualTo(lyon);
		assertThat(accounts.find(second.account()).orElseThrow().roles()).containsExactly(Role.SUPPLIER_MEMBER);
	}

	@Test
	void twoPeopleRegisteringTheSameCompanyAtTheSameMomentMakeOneCompany() throws Exception {
		var siren = Fixtures.uniqueSiren();
		var start = new CountDownLatch(1);
		var tasks = new ArrayList<Callable<CompanyRegistration.SignedUp>>();
		for (var name : new String[] { "Ana", "Ben", "Cléo", "Dan" }) {
			var account = newAccount(name);
			tasks.add(() -> {
				start.await();
				return registration.signUp(account, french(siren, null, false, null));
			});
		}
		try (var pool = Executors.newFixedThreadPool(tasks.size())) {
			var futures = tasks.stream().map(pool::submit).toList();
			start.countDown();
			var results = new ArrayList<CompanyRegistration.SignedUp>();
			for (var future : futures) {
				results.add(future.get());
			}
			assertThat(results).extracting(r -> r.affiliation().company()).containsOnly(results.getFirst().affiliation().company());
			assertThat(results).filteredOn(r -> r.affiliation().founded()).hasSize(1);
		}
		var company = companies.findBySiren(siren).orElseThrow();
		assertThat(company.members()).hasSize(4);
		assertThat(company.activeAdministrators()).hasSize(1);
	}

	@Test
	void aCompanyAbroadIsRecognisedByItsCountryAndNationalIdentifier() {
		var number = "B" + Fixtures.uniqueSiren().value();
		var company = new NewCompany(null, number, "Tecnologías Ibéricas S.L.", "S.L.", null, true,
				new Address("Calle Mayor 1", "28013", "Madrid", "ES"));

		var founder = registration.signUp(newAccount("Lucía"), Affiliation.abroad("ES", number, company));
		var colleague = registration.signUp(newAccount("Pablo"), Affiliation.abroad("ES", " " + number.toLowerCase(), company));
		var namesake = registration.signUp(newAccount("Pierre"), Affiliation.abroad("BE", number,
				new NewCompany(null, number, "Homonyme SPRL", "SPRL", null, true,
						new Address("Rue Haute 1", "1000", "Bruxelles", "BE"))));

		assertThat(colleague.affiliation()).isEqualTo(new Affiliated(founder.affiliation().company(), false));
		assertThat(namesake.affiliation().founded()).isTrue();
		assertThat(companies.findAbroad("ES", number).orElseThrow().members()).hasSize(2);
	}

	@Test
	void anEmailAddressOpensOneAccountAndNothingIsRegisteredWithoutIt() {
		var siren = Fixtures.uniqueSiren();
		var taken = newAccount("Iris");
		registration.signUp(taken, french(Fixtures.uniqueSiren(), null, false, null));

		assertThatThrownBy(() -> registration.signUp(taken, french(siren, null, false, null)))
			.isInstanceOf(EmailAlreadyUsedException.class);
		assertThat(companies.findBySiren(siren)).isEmpty();
	}

	@Test
	void aMemberMovesToAnotherCompanyButTheLastAdministratorMustStay() {
		var founder = registration.signUp(newAccount("Iris"), french(Fixtures.uniqueSiren(), null, false, null));
		var member = registration.signUp(newAccount("Noé"),
				french(companies.find(founder.affiliation().company()).orElseThrow().siren(), null, false, null));
		var elsewhere = Fixtures.uniqueSiren();

		assertThatThrownBy(() -> registration.move(founder.account(), french(elsewhere, null, false, null)))
			.isInstanceOfSatisfying(MembershipChangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(Reason.LAST_ADMINISTRATOR));
		assertThat(companies.findBySiren(elsewhere)).isEmpty();

		var moved = registration.move(member.account(), french(elsewhere, null, false, null));

		assertThat(moved.founded()).isTrue();
		assertThat(companies.companyOf(member.account()).orElseThrow().siren()).isEqualTo(elsewhere);
		assertThat(companies.find(founder.affiliation().company()).orElseThrow().members()).hasSize(1);
		assertThat(accounts.find(member.account()).orElseThrow().roles()).contains(Role.SUPPLIER_ADMIN);
		assertThatThrownBy(() -> registration.move(member.account(), french(elsewhere, null, false, null)))
			.isInstanceOfSatisfying(MembershipChangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_MEMBER));
	}

	@Test
	void someoneWhoLeftBelongsToNoCompanyAndMayJoinAnother() {
		var founder = registration.signUp(newAccount("Iris"), french(Fixtures.uniqueSiren(), null, false, null));
		var siren = companies.find(founder.affiliation().company()).orElseThrow().siren();
		var member = registration.signUp(newAccount("Noé"), french(siren, null, false, null));

		registration.leave(member.account());

		assertThat(companies.companyOf(member.account())).isEmpty();
		assertThat(accounts.find(member.account()).orElseThrow().roles()).doesNotContain(Role.SUPPLIER_MEMBER);
		assertThatThrownBy(() -> registration.leave(member.account())).isInstanceOf(NoCompanyException.class);
		assertThat(registration.join(member.account(), french(siren, null, false, null)).founded()).isFalse();
		assertThatThrownBy(() -> registration.join(member.account(), french(Fixtures.uniqueSiren(), null, false, null)))
			.isInstanceOfSatisfying(MembershipChangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_IN_ANOTHER_COMPANY));
	}

	private static Affiliation french(Siren siren, fr.openmarches.platform.Siret siret, boolean headOffice,
			Address establishmentAddress) {
		var details = details(siren);
		return Affiliation.inFrance(siren, siret, headOffice,
				siret == null ? null : establishmentAddress != null ? establishmentAddress : details.address(), null,
				details);
	}

	private static NewCompany details(Siren siren) {
		return new NewCompany(siren, "Société " + siren, "5710", "62.01Z", true,
				Address.inFrance("1 place Bellecour", "69002", "Lyon"));
	}

	private static NewAccount newAccount(String givenName) {
		return new NewAccount(Fixtures.unique(givenName).replace(" ", "").toLowerCase() + "@test.example",
				CompanyFixtures.PASSWORD, givenName, "Testeur", "04 00 00 00 00", Set.of());
	}
}
