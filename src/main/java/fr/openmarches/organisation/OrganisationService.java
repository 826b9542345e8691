package fr.openmarches.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, purchasing entities and their agents as the platform's administrators and other
 * modules change them. Callers are trusted: the web layer lets only platform administrators reach
 * these operations (entity administrators go through {@link EntityAdministration}, which checks
 * who they are). Appointing an agent also gives the person the matching identity roles, so that
 * sign-in knows who is a buyer.
 */
@Service
@Transactional
public class OrganisationService {

	private final Organisations organisations;

	private final PurchasingEntities entities;

	private final BuyerAgents agents;

	private final AgentAccounts agentAccounts;

	private final Clock clock;

	OrganisationService(Organisations organisations, PurchasingEntities entities, BuyerAgents agents,
			AgentAccounts agentAccounts, Clock clock) {
		this.organisations = organisations;
		this.entities = entities;
		this.agents = agents;
		this.agentAccounts = agentAccounts;
		this.clock = clock;
	}

	/** @throws AlreadyRegisteredException when an organisation already has this name */
	public OrganisationId create(NewOrganisation details) {
		requireFreeName(details, null);
		return organisations.save(new Organisation(details, clock.instant())).id();
	}

	/**
	 * Corrects an organisation's name, acronym or kind.
	 * @throws AlreadyRegisteredException when another organisation has this name
	 */
	public void correct(OrganisationId id, NewOrganisation details) {
		var organisation = organisations.findById(id.value()).orElseThrow(() -> new UnknownIdException("organisation", id));
		requireFreeName(details, id);
		organisation.correct(details);
	}

	/** @throws AlreadyRegisteredException when the SIRET is already a purchasing entity's */
	public PurchasingEntityId createEntity(OrganisationId organisation, NewPurchasingEntity details) {
		if (!organisations.existsById(organisation.value())) {
			throw new UnknownIdException("organisation", organisation);
		}
		if (details.siret() != null && entities.existsBySiret(details.siret().value())) {
			throw siretTaken(details.siret().value());
		}
		return entities.save(new PurchasingEntity(organisation, details, clock.instant())).id();
	}

	/**
	 * Corrects what identifies an entity and how to reach it.
	 * @throws AlreadyRegisteredException when another entity has this SIRET
	 */
	public void correctEntity(PurchasingEntityId id, PurchasingEntityDetails details) {
		var entity = load(id);
		if (details.siret() != null && entities.existsBySiretAndIdNot(details.siret().value(), id.value())) {
			throw siretTaken(details.siret().value());
		}
		entity.correct(details);
	}

	public UUID addOffice(PurchasingEntityId entity, String name) {
		return load(entity).addOffice(name);
	}

	public void renameOffice(PurchasingEntityId entity, UUID office, String name) {
		load(entity).renameOffice(office, name);
	}

	public void removeOffice(PurchasingEntityId entity, UUID office) {
		load(entity).removeOffice(office);
	}

	/**
	 * Makes {@code account} an agent of {@code entity} with {@code roles} (added to any roles they
	 * already hold there), and gives them the matching identity roles. For accounts that exist
	 * already, without mail (demo data, other modules).
	 */
	public void appoint(PurchasingEntityId entity, AccountId account, Set<AgentRole> roles) {
		var found = lockedEntity(entity);
		found.appoint(account, roles, clock.instant());
		entities.save(found);
		agentAccounts.keepRolesInStep(account);
	}

	/**
	 * Appoints an administrator of {@code entity} (its first, typically): the person is invited by
	 * mail to choose a password, or, when they have an account, appointed and told by mail.
	 *
	 * @param appointedBy the platform administrator, as the mail names them
	 * @throws AgentChangeRefusedException when the person is already an agent of the entity
	 */
	public AccountId appointAdministrator(PurchasingEntityId entity, NewAgent person, AccountId appointedBy,
			Locale locale) {
		var found = lockedEntity(entity);
		var administrator = new NewAgent(person.email(), person.givenName(), person.familyName(), person.phone(),
				Set.of(AgentRole.ENTITY_ADMINISTRATOR));
		var account = agentAccounts.enlist(found, administrator, agentAccounts.nameOf(appointedBy), locale,
				clock.instant());
		entities.save(found);
		agentAccounts.keepRolesInStep(account);
		return account;
	}

	/** The entities {@code account} acts for, with their roles there: active appointments only. */
	@Transactional(readOnly = true)
	public List<Appointment> appointmentsOf(AccountId account) {
		return agents.findByAccountId(account.value())
			.stream()
			.filter(BuyerAgent::isActive)
			.map(BuyerAgent::appointment)
			.toList();
	}

	/** The active agents of {@code entity}. */
	@Transactional(readOnly = true)
	public List<Appointment> agentsOf(PurchasingEntityId entity) {
		return load(entity).agents().stream().filter(BuyerAgent::isActive).map(BuyerAgent::appointment).toList();
	}

	private void requireFreeName(NewOrganisation details, OrganisationId except) {
		if (details.name() == null) {
			return;
		}
		organisations.findByName(details.name().strip())
			.filter(existing -> !existing.id().equals(except))
			.ifPresent(existing -> {
				throw new AlreadyRegisteredException("name", "organisation.organisation.error.nameTaken",
						"Organisation « " + details.name() + " » already exists");
			});
	}

	private static AlreadyRegisteredException siretTaken(String siret) {
		return new AlreadyRegisteredException("siret", "organisation.entity.error.siretTaken",
				"SIRET " + siret + " is already a purchasing entity");
	}

	private PurchasingEntity load(PurchasingEntityId id) {
		return entities.findById(id.value()).orElseThrow(() -> new UnknownIdException("purchasing entity", id));
	}

	private PurchasingEntity lockedEntity(PurchasingEntityId id) {
		return entities.findForUpdate(id.value()).orElseThrow(() -> new UnknownIdException("purchasing entity", id));
	}
}
