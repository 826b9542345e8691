package fr.openmarches.consultation;

import java.util.Set;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;

/** People for the buyer area's tests, each with a unique address and the same password. */
public final class Buyers {

	public static final String PASSWORD = "un mot de passe solide 1";

	private Buyers() {
	}

	/** Someone appointed to {@code entity} in {@code roles}. */
	public static Person appointed(AccountService accounts, OrganisationService organisations,
			PurchasingEntityId entity, AgentRole... roles) {
		var person = account(accounts, "agent", Set.of());
		organisations.appoint(entity, person.account(), Set.of(roles));
		return person;
	}

	/** Someone of a company: no business in the buyer area. */
	public static Person supplier(AccountService accounts) {
		return account(accounts, "fournisseur", Set.of(Role.SUPPLIER_MEMBER));
	}

	private static Person account(AccountService accounts, String prefix, Set<Role> roles) {
		var email = prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var id = accounts.open(new NewAccount(email, PASSWORD, "Prénom", "Nom", null, roles));
		return new Person(id, email);
	}

	public record Person(AccountId account, String email) {
	}
}
