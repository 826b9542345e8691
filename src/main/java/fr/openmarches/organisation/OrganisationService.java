package fr.openmarches.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, purchasing entities and buyer agents as other modules change them. Appointing
 * an agent also grants the matching identity roles, so that sign-in knows who is a buyer.
 */
@Service
@Transactional
public class OrganisationService {

	private final Organisations organisations;

	private final PurchasingEntities entities;

	private final BuyerAgents agents;

	private final AccountService accounts;

	private final Clock clock;

	OrganisationService(Organisations organisations, PurchasingEntities entities, BuyerAgents agents,
			AccountService accounts, Clock clock) {
		this.organisations = organisations;
		this.entities = entities;
		this.agents = agents;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** @throws IllegalArgumentException when an organisation already has this name */
	public OrganisationId create(NewOrganisation details) {
		if (organisations.findByName(details.name().strip()).isPresent()) {
			throw new IllegalArgumentException("Organisation « " + details.name() + " » already exists");
		}
		return organisations.save(new Organisation(details, clock.instant())).id();
	}

	/** @throws IllegalArgumentException when the organisation is unknown or the SIRET already used */
	public PurchasingEntityId createEntity(OrganisationId organisation, NewPurchasingEntity details) {
		if (!organisations.existsById(organisation.value())) {
			throw new IllegalArgumentException("No organisation " + organisation);
		}
		if (entities.existsBySiret(details.siret().value())) {
			throw new IllegalArgumentException("SIRET " + details.siret() + " is already a purchasing entity");
		}
		return entities.save(new PurchasingEntity(organisation, details, clock.instant())).id();
	}

	public void addOffice(PurchasingEntityId entity, String name) {
		var found = entities.findById(entity.value())
			.orElseThrow(() -> new IllegalArgumentException("No purchasing entity " + entity));
		found.addOffice(name);
		entities.save(found);
	}

	/**
	 * Makes {@code account} an agent of {@code entity} with {@code roles} (added to any roles they
	 * already hold there).
	 */
	public void appoint(PurchasingEntityId entity, AccountId account, Set<AgentRole> roles) {
		if (!entities.existsById(entity.value())) {
			throw new IllegalArgumentException("No purchasing entity " + entity);
		}
		var agent = agents.findByAccountIdAndEntityId(account.value(), entity.value())
			.orElseGet(() -> new BuyerAgent(account, entity, clock.instant()));
		agent.appoint(roles);
		agents.save(agent);
		roles.forEach(role -> accounts.grant(account, role.signInRole()));
	}

	/** The entities {@code account} acts for, with their roles there. */
	@Transactional(readOnly = true)
	public List<Appointment> appointmentsOf(AccountId account) {
		return agents.findByAccountId(account.value()).stream().map(BuyerAgent::appointment).toList();
	}

	/** The agents of {@code entity}. */
	@Transactional(readOnly = true)
	public List<Appointment> agentsOf(PurchasingEntityId entity) {
		return agents.findByEntityId(entity.value()).stream().map(BuyerAgent::appointment).toList();
	}
}
