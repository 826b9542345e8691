package fr.openmarches.organisation;

import static fr.openmarches.organisation.AgentRole.BUYER;
import static fr.openmarches.organisation.AgentRole.COMMISSION_MEMBER;
import static fr.openmarches.organisation.AgentRole.ENTITY_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.Role;
import fr.openmarches.organisation.AgentChangeRefusedException.Reason;
import fr.openmarches.platform.Siret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of a purchasing entity's agents, without Spring nor database. */
class AgentRulesTest {

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	final AccountId claire = AccountId.random();

	final AccountId thomas = AccountId.random();

	final AccountId marc = AccountId.random();

	@Test
	void aNewEntityHasNoAdministratorUntilThePlatformAppointsTheFirst() {
		var entity = entity();
		assertThat(entity.agents()).isEmpty();

		entity.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);

		assertThat(entity.isAdministeredBy(claire)).isTrue();
		assertThat(entity.pendingEvents()).last()
			.isEqualTo(new BuyerAgentAppointed(claire, entity.id(), Set.of(ENTITY_ADMINISTRATOR)));
	}

	@Test
	void theLastActiveAdministratorCanBeNeitherDeactivatedNorDeprivedOfTheRole() {
		var entity = entity();
		entity.appoint(claire, Set.of(ENTITY_ADMINISTRATOR, BUYER), NOW);
		entity.appoint(thomas, Set.of(BUYER), NOW);

		assertRefused(() -> entity.deactivate(claire, NOW), Reason.LAST_ADMINISTRATOR);
		assertRefused(() -> entity.changeRoles(claire, Set.of(BUYER)), Reason.LAST_ADMINISTRATOR);
		assertThat(entity.isAdministeredBy(claire)).isTrue();
		assertThat(entity.agent(claire).roles()).containsExactly(ENTITY_ADMINISTRATOR, BUYER);

		entity.changeRoles(thomas, Set.of(BUYER, ENTITY_ADMINISTRATOR));
		entity.deactivate(claire, NOW);

		assertThat(entity.isAdministeredBy(claire)).isFalse();
		assertRefused(() -> entity.deactivate(thomas, NOW), Reason.LAST_ADMINISTRATOR);
		assertRefused(() -> entity.changeRoles(thomas, Set.of(COMMISSION_MEMBER)), Reason.LAST_ADMINISTRATOR);
	}

	@Test
	void aDeactivatedAdministratorDoesNotCountAsOne() {
		var entity = entity();
		entity.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);
		entity.appoint(thomas, Set.of(ENTITY_ADMINISTRATOR), NOW);
		entity.deactivate(thomas, NOW);

		assertRefused(() -> entity.deactivate(claire, NOW), Reason.LAST_ADMINISTRATOR);

		entity.reactivate(thomas, NOW.plusSeconds(60));
		entity.deactivate(claire, NOW.plusSeconds(120));
		assertThat(entity.isAdministeredBy(thomas)).isTrue();
	}

	@Test
	void reactivationGivesBackTheRolesHeldAndRegistersWhatHappened() {
		var entity = entity();
		entity.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);
		entity.appoint(marc, Set.of(BUYER, COMMISSION_MEMBER), NOW);

		entity.deactivate(marc, NOW.plusSeconds(60));
		assertThat(entity.agent(marc).isActive()).isFalse();
		assertThat(entity.agent(marc).deactivatedAt()).isEqualTo(NOW.plusSeconds(60));
		entity.reactivate(marc, NOW.plusSeconds(120));

		var agent = entity.agent(marc);
		assertThat(agent.isActive()).isTrue();
		assertThat(agent.roles()).containsExactly(BUYER, COMMISSION_MEMBER);
		assertThat(agent.appointedAt()).isEqualTo(NOW.plusSeconds(120));
		assertThat(entity.pendingEvents()).endsWith(new BuyerAgentDeactivated(marc, entity.id()),
				new BuyerAgentReactivated(marc, entity.id(), Set.of(BUYER, COMMISSION_MEMBER)));
	}

	@Test
	void appointingAgainAddsRolesOnceAndChangingRolesReplacesThem() {
		var entity = entity();
		entity.appoint(thomas, Set.of(BUYER), NOW);
		entity.appoint(thomas, Set.of(BUYER), NOW);
		entity.appoint(thomas, Set.of(COMMISSION_MEMBER), NOW);
		assertThat(entity.agent(thomas).roles()).containsExactly(BUYER, COMMISSION_MEMBER);
		assertThat(entity.pendingEvents()).hasExactlyElementsOfTypes(PurchasingEntityCreated.class,
				BuyerAgentAppointed.class, BuyerAgentAppointed.class);

		entity.changeRoles(thomas, Set.of(COMMISSION_MEMBER));
		assertThat(entity.agent(thomas).roles()).containsExactly(COMMISSION_MEMBER);
		assertThat(entity.pendingEvents()).last()
			.isEqualTo(new BuyerAgentRolesChanged(thomas, entity.id(), Set.of(COMMISSION_MEMBER)));
	}

	@Test
	void anAppointmentNeedsARoleAndAnAgentOfTheEntity() {
		var entity = entity();
		entity.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);
		assertRefused(() -> entity.appoint(thomas, Set.of(), NOW), Reason.NO_ROLE);
		assertRefused(() -> entity.changeRoles(claire, Set.of()), Reason.NO_ROLE);
		assertThatThrownBy(() -> entity.deactivate(thomas, NOW)).isInstanceOf(UnknownIdException.class);
		assertThatThrownBy(() -> entity.changeRoles(thomas, Set.of(BUYER))).isInstanceOf(UnknownIdException.class);
		assertThat(entity.agentOf(thomas)).isEmpty();
	}

	/** Every transition from each status of an agent, with what it does or why it is refused. */
	static Stream<Arguments> transitions() {
		return Stream.of(
				Arguments.of("active", "deactivate", null, false),
				Arguments.of("active", "reactivate", Reason.ALREADY_ACTIVE, true),
				Arguments.of("active", "change roles", null, true),
				Arguments.of("active", "appoint", null, true),
				Arguments.of("deactivated", "deactivate", Reason.ALREADY_DEACTIVATED, false),
				Arguments.of("deactivated", "reactivate", null, true),
				Arguments.of("deactivated", "change roles", Reason.ALREADY_DEACTIVATED, false),
				Arguments.of("deactivated", "appoint", Reason.DEACTIVATED_AGENT, false));
	}

	@ParameterizedTest(name = "{0} agent, {1}: refused {2}, then active {3}")
	@MethodSource("transitions")
	void theTransitionTable(String from, String transition, Reason refused, boolean activeAfter) {
		var entity = entity();
		entity.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);
		entity.appoint(thomas, Set.of(BUYER), NOW);
		if (from.equals("deactivated")) {
			entity.deactivate(thomas, NOW);
		}
		Consumer<PurchasingEntity> change = switch (transition) {
			case "deactivate" -> e -> e.deactivate(thomas, NOW);
			case "reactivate" -> e -> e.reactivate(thomas, NOW);
			case "change roles" -> e -> e.changeRoles(thomas, Set.of(COMMISSION_MEMBER));
			case "appoint" -> e -> e.appoint(thomas, Set.of(COMMISSION_MEMBER), NOW);
			default -> throw new IllegalArgumentException(transition);
		};
		var eventsBefore = entity.pendingEvents().size();

		if (refused == null) {
			change.accept(entity);
			assertThat(entity.pendingEvents()).hasSize(eventsBefore + 1);
		}
		else {
			assertRefused(() -> change.accept(entity), refused);
			assertThat(entity.pendingEvents()).hasSize(eventsBefore);
		}
		assertThat(entity.agent(thomas).isActive()).isEqualTo(activeAfter);
	}

	@Test
	void identityRolesAreTheUnionOfTheActiveAppointmentsEverywhere() {
		var dga = entity();
		var sga = entity();
		dga.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);
		sga.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);
		dga.appoint(marc, Set.of(BUYER), NOW);
		sga.appoint(marc, Set.of(COMMISSION_MEMBER), NOW);

		assertThat(AgentRole.signInRolesOf(activeAppointmentsOf(marc, dga, sga)))
			.containsExactlyInAnyOrder(Role.BUYER_AGENT, Role.COMMISSION_MEMBER);

		sga.deactivate(marc, NOW);
		assertThat(AgentRole.signInRolesOf(activeAppointmentsOf(marc, dga, sga))).containsExactly(Role.BUYER_AGENT);

		dga.changeRoles(marc, Set.of(BUYER, ENTITY_ADMINISTRATOR));
		assertThat(AgentRole.signInRolesOf(activeAppointmentsOf(marc, dga, sga)))
			.containsExactlyInAnyOrder(Role.BUYER_AGENT, Role.ENTITY_ADMIN);

		dga.deactivate(marc, NOW);
		assertThat(AgentRole.signInRolesOf(activeAppointmentsOf(marc, dga, sga))).isEmpty();
		assertThat(AgentRole.buyerSignInRoles())
			.containsExactlyInAnyOrder(Role.BUYER_AGENT, Role.COMMISSION_MEMBER, Role.ENTITY_ADMIN);
	}

	@Test
	void aClosedAccountIsForgottenUnlessItIsTheLastActiveAdministrator() {
		var entity = entity();
		entity.appoint(claire, Set.of(ENTITY_ADMINISTRATOR), NOW);
		entity.appoint(thomas, Set.of(BUYER), NOW);

		assertRefused(() -> entity.forget(claire), Reason.LAST_ADMINISTRATOR);
		entity.forget(thomas);

		assertThat(entity.agentOf(thomas)).isEmpty();
		assertThat(entity.agents()).extracting(BuyerAgent::account).containsExactly(claire);
		assertThat(entity.pendingEvents()).last().isEqualTo(new BuyerAgentDeactivated(thomas, entity.id()));
	}

	@Test
	void servicesAreNamedOnceWithinTheEntity() {
		var entity = entity();
		var office = entity.addOffice("Bureau des marchés");
		entity.addOffice("Service achats");
		assertThatThrownBy(() -> entity.addOffice(" bureau des MARCHÉS "))
			.isInstanceOf(AlreadyRegisteredException.class);
		assertThatThrownBy(() -> entity.renameOffice(office, "Service achats"))
			.isInstanceOf(AlreadyRegisteredException.class);
		entity.renameOffice(office, "Bureau des marchés publics");
		entity.removeOffice(office);
		assertThat(entity.offices()).extracting(OfficeView::name).containsExactly("Service achats");
		assertThatThrownBy(() -> entity.removeOffice(office)).isInstanceOf(UnknownIdException.class);
	}

	private static List<Appointment> activeAppointmentsOf(AccountId account, PurchasingEntity... entities) {
		return Stream.of(entities)
			.flatMap(entity -> entity.agentOf(account).stream())
			.filter(BuyerAgent::isActive)
			.map(BuyerAgent::appointment)
			.toList();
	}

	private static void assertRefused(Runnable change, Reason reason) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(AgentChangeRefusedException.class,
				refused -> assertThat(refused.reason()).isEqualTo(reason));
	}

	private static PurchasingEntity entity() {
		return new PurchasingEntity(OrganisationId.random(), new NewPurchasingEntity("Direction des essais", "DE",
				new Siret("13001234700014"), new PostalAddress("1 rue Haute", "18000", "Bourges"), "18",
				"achats@essais.example", null, List.of()), NOW);
	}
}
