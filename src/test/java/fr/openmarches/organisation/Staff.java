package fr.openmarches.organisation;

import java.util.Set;
import java.util.UUID;

import fr.openmarches.Fixtures;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;

/**
 * People and entities for the agents' tests, in the suite's shared database: every name and email
 * address is unique. Entity names start with « Unité » so that they sort after the demo's DGA in
 * the public directory.
 */
final class Staff {

	static final String PASSWORD = "un mot de passe solide";

	private final OrganisationService organisations;

	private final AccountService accounts;

	Staff(OrganisationService organisations, AccountService accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/** A unique email address for {@code name}. */
	static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@agents.example";
	}

	/** A new entity (in a new organisation) whose administrator {@code administrator} signs in. */
	PurchasingEntityId entityAdministeredBy(AccountId administrator) {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Unité de test"), "75");
		organisations.appoint(entity, administrator, Set.of(AgentRole.ENTITY_ADMINISTRATOR));
		return entity;
	}

	/** An account that signs in with {@link #PASSWORD}, with no role yet. */
	AccountId person(String email, String givenName, String familyName) {
		return accounts.open(new NewAccount(email, PASSWORD, givenName, familyName, null, Set.of()));
	}

	/** A person appointed to {@code entity} with {@code roles}. */
	AccountId agent(PurchasingEntityId entity, String email, AgentRole... roles) {
		var person = person(email, "Agent", "De Test");
		organisations.appoint(entity, person, Set.of(roles));
		return person;
	}
}
