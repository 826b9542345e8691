package fr.openmarches.organisation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrators of a purchasing entity do: manage its agents (invite, change roles,
 * deactivate, reactivate, invite again), its contact details and its services.
 *
 * <p>Every operation names the person acting ({@code administrator}) and checks them here, not
 * only in the web layer: someone who is not an agent of the entity gets {@link UnknownIdException}
 * (the entity might as well not exist), an agent who is not one of its administrators gets
 * {@link AdministratorsOnlyException}; either way nothing changes.
 */
@Service
@Transactional
public class EntityAdministration {

	private final PurchasingEntities entities;

	private final Organisations organisations;

	private final BuyerAgents agents;

	private final AgentAccounts agentAccounts;

	private final Clock clock;

	EntityAdministration(PurchasingEntities entities, Organisations organisations, BuyerAgents agents,
			AgentAccounts agentAccounts, Clock clock) {
		this.entities = entities;
		this.organisations = organisations;
		this.agents = agents;
		this.agentAccounts = agentAccounts;
		this.clock = clock;
	}

	/** The entities {@code administrator} administers, by name. */
	@Transactional(readOnly = true)
	public List<PurchasingEntityView> administeredBy(AccountId administrator) {
		var appointedTo = agents.findByAccountId(administrator.value())
			.stream()
			.filter(BuyerAgent::isActiveAdministrator)
			.map(agent -> agent.entity().value())
			.toList();
		return entities.findAllById(appointedTo)
			.stream()
			.filter(entity -> entity.isAdministeredBy(administrator))
			.map(entity -> entity.view(organisationOf(entity)))
			.sorted(Comparator.comparing(PurchasingEntityView::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public PurchasingEntityView entity(AccountId administrator, PurchasingEntityId entity) {
		var found = administered(administrator, entity, false);
		return found.view(organisationOf(found));
	}

	@Transactional(readOnly = true)
	public List<OfficeView> offices(AccountId administrator, PurchasingEntityId entity) {
		return administered(administrator, entity, false).offices();
	}

	/** Every agent of the entity, deactivated ones included, by name. */
	@Transactional(readOnly = true)
	public List<AgentView> agents(AccountId administrator, PurchasingEntityId entity) {
		return agentAccounts.views(administered(administrator, entity, false));
	}

	/** @throws UnknownIdException when {@code account} is not an agent of the entity */
	@Transactional(readOnly = true)
	public AgentView agent(AccountId administrator, PurchasingEntityId entity, AccountId account) {
		var found = administered(administrator, entity, false);
		found.agent(account);
		return agentAccounts.views(found).stream().filter(a -> a.account().equals(account)).findFirst().orElseThrow();
	}

	/**
	 * Invites someone to join the entity with {@code person.roles()}: by mail with a link to choose a
	 * password, or, when they already have an account, appointed at once and told by mail.
	 * @throws AgentChangeRefusedException when the person is already an agent here, or no role is given
	 */
	public AccountId invite(AccountId administrator, PurchasingEntityId entity, NewAgent person, Locale locale) {
		var found = administered(administrator, entity, true);
		var account = agentAccounts.enlist(found, person, agentAccounts.nameOf(administrator), locale, clock.instant());
		entities.save(found);
		agentAccounts.keepRolesInStep(account);
		return account;
	}

	/** @throws AgentChangeRefusedException e.g. when the last administrator would lose that role */
	public void changeRoles(AccountId administrator, PurchasingEntityId entity, AccountId agent,
			Set<AgentRole> roles) {
		var found = administered(administrator, entity, true);
		found.changeRoles(agent, roles);
		entities.save(found);
		agentAccounts.keepRolesInStep(agent);
	}

	/**
	 * Ends an agent's appointment. If they have no other active appointment, their account is locked
	 * and the sign-in page tells them why; they are told by mail.
	 * @throws AgentChangeRefusedException when already deactivated, or the last administrator
	 */
	public void deactivate(AccountId administrator, PurchasingEntityId entity, AccountId agent, Locale locale) {
		var found = administered(administrator, entity, true);
		found.deactivate(agent, clock.instant());
		entities.save(found);
		agentAccounts.keepRolesInStep(agent);
		agentAccounts.afterDeactivation(found, agent, agentAccounts.nameOf(administrator), locale);
	}

	/** Appoints a deactivated agent again with their roles, and lets them sign in again. */
	public void reactivate(AccountId administrator, PurchasingEntityId entity, AccountId agent, Locale locale) {
		var found = administered(administrator, entity, true);
		found.reactivate(agent, clock.instant());
		entities.save(found);
		agentAccounts.keepRolesInStep(agent);
		agentAccounts.afterReactivation(found, agent, agentAccounts.nameOf(administrator), locale);
	}

	/**
	 * Sends a new invitation link (the previous one stops working) to an agent who has not chosen a
	 * password yet.
	 * @throws AgentChangeRefusedException when the agent is deactivated or already joined
	 */
	public void reinvite(AccountId administrator, PurchasingEntityId entity, AccountId agent, Locale locale) {
		var found = administered(administrator, entity, true);
		if (!found.agent(agent).isActive()) {
			throw new AgentChangeRefusedException(AgentChangeRefusedException.Reason.ALREADY_DEACTIVATED);
		}
		agentAccounts.reinvite(found, agent, agentAccounts.nameOf(administrator), locale);
	}

	public void updateContact(AccountId administrator, PurchasingEntityId entity, ContactDetails contact) {
		administered(administrator, entity, true).updateContact(contact);
	}

	public UUID addOffice(AccountId administrator, PurchasingEntityId entity, String name) {
		return administered(administrator, entity, true).addOffice(name);
	}

	public void renameOffice(AccountId administrator, PurchasingEntityId entity, UUID office, String name) {
		administered(administrator, entity, true).renameOffice(office, name);
	}

	public void removeOffice(AccountId administrator, PurchasingEntityId entity, UUID office) {
		administered(administrator, entity, true).removeOffice(office);
	}

	/**
	 * The entity, if {@code administrator} administers it; locked when about to change, so that
	 * changes to its agents are made one at a time.
	 */
	private PurchasingEntity administered(AccountId administrator, PurchasingEntityId id, boolean forChange) {
		var entity = (forChange ? entities.findForUpdate(id.value()) : entities.findById(id.value()))
			.orElseThrow(() -> new UnknownIdException("purchasing entity", id));
		if (!entity.hasActiveAgent(administrator)) {
			throw new UnknownIdException("purchasing entity", id);
		}
		if (!entity.isAdministeredBy(administrator)) {
			throw new AdministratorsOnlyException(id);
		}
		return entity;
	}

	private OrganisationView organisationOf(PurchasingEntity entity) {
		return organisations.findById(entity.organisationId()).map(Organisation::view).orElseThrow();
	}
}
