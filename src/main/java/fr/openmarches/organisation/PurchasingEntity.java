package fr.openmarches.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.AgentChangeRefusedException.Reason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A purchasing entity (entité d'achat): the part of an organisation that buys, publishes
 * consultations and signs contracts, with its services and its agents.
 *
 * <p>The entity guards the rule across its agents: once it has an active administrator, no change
 * (deactivation, new roles) may leave it without one. A new entity has none until the platform
 * appoints the first.
 */
@Entity
@Table(schema = "organisation", name = "purchasing_entity")
class PurchasingEntity extends AbstractAggregateRoot<PurchasingEntity> {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String name;

	private String acronym;

	@Column(nullable = false)
	private String siret;

	@Embedded
	private PostalAddress address;

	@Column(nullable = false)
	private String department;

	@Column(nullable = false)
	private String email;

	private String phone;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "entity_id", nullable = false)
	@OrderBy("position")
	private List<Office> offices = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "entity_id", nullable = false)
	private List<BuyerAgent> agents = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PurchasingEntity() {
	}

	PurchasingEntity(OrganisationId organisation, NewPurchasingEntity details, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisation.value();
		this.createdAt = now;
		correct(new PurchasingEntityDetails(details.name(), details.acronym(), details.siret(), details.address(),
				details.department(), details.email(), details.phone()));
		details.offices().forEach(this::addOffice);
		registerEvent(new PurchasingEntityCreated(id(), organisation, this.name));
	}

	/** Corrects what identifies the entity and how to reach it (the platform administrators' part). */
	void correct(PurchasingEntityDetails details) {
		if (details.name() == null || details.name().isBlank()) {
			throw new IllegalArgumentException("A purchasing entity needs a name");
		}
		if (details.siret() == null) {
			throw new IllegalArgumentException("A purchasing entity needs a SIRET");
		}
		updateContact(details.contact());
		this.name = details.name().strip();
		this.acronym = Organisation.blankToNull(details.acronym());
		this.siret = details.siret().value();
	}

	/** Updates how to reach the entity (its administrators' part). */
	void updateContact(ContactDetails contact) {
		if (contact.address() == null) {
			throw new IllegalArgumentException("A purchasing entity needs a postal address");
		}
		if (contact.email() == null || !EMAIL.matcher(contact.email().strip()).matches()) {
			throw new IllegalArgumentException("A purchasing entity needs a contact email address");
		}
		this.department = Department.of(contact.department())
			.orElseThrow(() -> new IllegalArgumentException("Not a department: " + contact.department()))
			.code();
		this.address = contact.address();
		this.email = contact.email().strip();
		this.phone = Organisation.blankToNull(contact.phone());
	}

	/** Adds a service, listed after the existing ones; names are unique within the entity. */
	UUID addOffice(String officeName) {
		requireFreeOfficeName(officeName, null);
		var office = new Office(officeName, offices.stream().mapToInt(Office::position).max().orElse(0) + 1);
		offices.add(office);
		return office.id();
	}

	void renameOffice(UUID office, String newName) {
		var found = office(office);
		requireFreeOfficeName(newName, office);
		found.rename(newName);
	}

	void removeOffice(UUID office) {
		offices.remove(office(office));
	}

	private Office office(UUID office) {
		return offices.stream()
			.filter(o -> o.id().equals(office))
			.findFirst()
			.orElseThrow(() -> new UnknownIdException("service", office));
	}

	private void requireFreeOfficeName(String officeName, UUID except) {
		if (officeName == null || officeName.isBlank()) {
			throw new IllegalArgumentException("A service needs a name");
		}
		if (offices.stream()
			.anyMatch(o -> !o.id().equals(except) && o.name().equalsIgnoreCase(officeName.strip()))) {
			throw new AlreadyRegisteredException("name", "organisation.office.error.taken",
					"Service « " + officeName + " » already exists in " + name);
		}
	}

	/**
	 * Appoints {@code account} with {@code roles}, on top of any roles they already hold here.
	 * @throws AgentChangeRefusedException when no role is given, or the person was deactivated here
	 * (they are reactivated, not appointed anew)
	 */
	void appoint(AccountId account, Set<AgentRole> roles, Instant now) {
		requireSomeRole(roles);
		var existing = agentOf(account);
		if (existing.isEmpty()) {
			agents.add(new BuyerAgent(account, id(), roles, now));
			registerEvent(new BuyerAgentAppointed(account, id(), Set.copyOf(roles)));
			return;
		}
		var agent = existing.get();
		if (!agent.isActive()) {
			throw new AgentChangeRefusedException(Reason.DEACTIVATED_AGENT);
		}
		if (agent.roles().containsAll(roles)) {
			return;
		}
		agent.addRoles(roles);
		registerEvent(new BuyerAgentAppointed(account, id(), agent.roles()));
	}

	/**
	 * Gives an active agent exactly {@code roles}.
	 * @throws AgentChangeRefusedException when no role is given, the agent is deactivated, or the
	 * last active administrator would lose that role
	 */
	void changeRoles(AccountId account, Set<AgentRole> roles) {
		requireSomeRole(roles);
		var agent = agent(account);
		if (!agent.isActive()) {
			throw new AgentChangeRefusedException(Reason.ALREADY_DEACTIVATED);
		}
		if (agent.roles().equals(Set.copyOf(roles))) {
			return;
		}
		if (!roles.contains(AgentRole.ENTITY_ADMINISTRATOR)) {
			requireAnotherAdministratorThan(agent);
		}
		agent.replaceRoles(roles);
		registerEvent(new BuyerAgentRolesChanged(account, id(), agent.roles()));
	}

	/**
	 * Ends an agent's appointment; they keep their roles on record for a reactivation.
	 * @throws AgentChangeRefusedException when already deactivated, or the last active administrator
	 */
	void deactivate(AccountId account, Instant now) {
		var agent = agent(account);
		if (!agent.isActive()) {
			throw new AgentChangeRefusedException(Reason.ALREADY_DEACTIVATED);
		}
		requireAnotherAdministratorThan(agent);
		agent.deactivate(now);
		registerEvent(new BuyerAgentDeactivated(account, id()));
	}

	/**
	 * Appoints a deactivated agent again, with the roles they held.
	 * @throws AgentChangeRefusedException when the agent is active
	 */
	void reactivate(AccountId account, Instant now) {
		var agent = agent(account);
		if (agent.isActive()) {
			throw new AgentChangeRefusedException(Reason.ALREADY_ACTIVE);
		}
		agent.reactivate(now);
		registerEvent(new BuyerAgentReactivated(account, id(), agent.roles()));
	}

	/**
	 * Forgets an agent whose account is being closed: the appointment goes, with its history.
	 * @throws AgentChangeRefusedException when they are the last active administrator
	 */
	void forget(AccountId account) {
		var agent = agent(account);
		requireAnotherAdministratorThan(agent);
		agents.remove(agent);
		if (agent.isActive()) {
			registerEvent(new BuyerAgentDeactivated(account, id()));
		}
	}

	/** The rule: an entity that has an active administrator keeps one. */
	private void requireAnotherAdministratorThan(BuyerAgent agent) {
		if (agent.isActiveAdministrator()
				&& agents.stream().filter(BuyerAgent::isActiveAdministrator).count() == 1) {
			throw new AgentChangeRefusedException(Reason.LAST_ADMINISTRATOR);
		}
	}

	private static void requireSomeRole(Set<AgentRole> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new AgentChangeRefusedException(Reason.NO_ROLE);
		}
	}

	Optional<BuyerAgent> agentOf(AccountId account) {
		return agents.stream().filter(agent -> agent.account().equals(account)).findFirst();
	}

	/** @throws UnknownIdException when {@code account} is not an agent of this entity */
	BuyerAgent agent(AccountId account) {
		return agentOf(account).orElseThrow(() -> new UnknownIdException("agent", account));
	}

	/** Whether {@code account} is an active administrator here. */
	boolean isAdministeredBy(AccountId account) {
		return agentOf(account).filter(BuyerAgent::isActiveAdministrator).isPresent();
	}

	/** Whether {@code account} is an active agent here, in any role. */
	boolean hasActiveAgent(AccountId account) {
		return agentOf(account).filter(BuyerAgent::isActive).isPresent();
	}

	List<BuyerAgent> agents() {
		return List.copyOf(agents);
	}

	/** The events registered since the entity was last saved (saving publishes them). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	PurchasingEntityId id() {
		return new PurchasingEntityId(id);
	}

	UUID organisationId() {
		return organisationId;
	}

	String name() {
		return name;
	}

	String displayName() {
		return acronym == null ? name : name + " (" + acronym + ")";
	}

	List<OfficeView> offices() {
		return offices.stream().map(o -> new OfficeView(o.id(), o.name())).toList();
	}

	PurchasingEntityView view(OrganisationView organisation) {
		return new PurchasingEntityView(id(), name, acronym, organisation, siret, address,
				Department.of(department).orElseThrow(), email, phone, offices.stream().map(Office::name).toList());
	}

	EntitySummary summary(OrganisationView organisation) {
		return new EntitySummary(id(), name, acronym, organisation, Department.of(department).orElseThrow(),
				address.city());
	}
}
