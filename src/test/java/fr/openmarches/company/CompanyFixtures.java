package fr.openmarches.company;

import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.company.sirene.LocalInsee;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;

/**
 * People and companies for the company tests, every name, email and number unique (the suite's
 * database is shared and never cleaned).
 */
public final class CompanyFixtures {

	public static final String PASSWORD = "un mot de passe solide";

	private CompanyFixtures() {
	}

	/** A person with an account and {@link #PASSWORD}, and their unique email address. */
	public record Person(AccountId id, String email, String givenName, String familyName) {

		public String displayName() {
			return givenName + " " + familyName;
		}
	}

	public static Person person(AccountService accounts, String givenName) {
		var familyName = Fixtures.unique("Testeur").replace(" ", "-");
		var email = (givenName + "." + familyName).toLowerCase().replaceAll("[^a-z0-9.-]", "") + "@test.example";
		var id = accounts.open(new NewAccount(email, PASSWORD, givenName, familyName, "01 02 03 04 05", Set.of()));
		return new Person(id, email, givenName, familyName);
	}

	/** A French company registered by {@code founder}, with its head office. */
	public static CompanyId company(CompanyService companies, Person founder, String name) {
		var siren = Fixtures.uniqueSiren();
		var id = companies.register(new NewCompany(siren, name, "5710", "62.01Z", true,
				Address.inFrance("1 rue de l’Essai", "75001", "Paris")), founder.id());
		companies.addEstablishment(id, siret(siren, "0001"), true, Address.inFrance("1 rue de l’Essai", "75001", "Paris"));
		return id;
	}

	/** An establishment of {@code siren}: its SIREN, a number, and the check digit. */
	public static Siret siret(Siren siren, String establishment) {
		return new Siret(Fixtures.withCheckDigit(siren.value() + establishment));
	}

	/** An establishment as INSEE's register publishes it, fully public, the head office of an SME. */
	public static LocalInsee.Establishment headOffice(Siret siret, String name) {
		return new LocalInsee.Establishment(siret.value(), name, "33.12Z", "5710", "PME", "12", "RUE", "DU PORT", "29200",
				"BREST", true, false);
	}
}
