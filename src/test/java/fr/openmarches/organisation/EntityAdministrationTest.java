package fr.openmarches.organisation;

import static fr.openmarches.organisation.AgentRole.BUYER;
import static fr.openmarches.organisation.AgentRole.COMMISSION_MEMBER;
import static fr.openmarches.organisation.AgentRole.ENTITY_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.identity.AccountClosureRefusedException;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.Role;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.AgentChangeRefusedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Entity administrators manage their agents; identity roles and locks follow, in PostgreSQL. */
@IntegrationTest
class EntityAdministrationTest {

	@Autowired
	EntityAdministration administration;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	DevelopmentMailbox mailbox;

	Staff staff;

	AccountId administrator;

	PurchasingEntityId entity;

	@BeforeEach
	void anEntityWithItsAdministrator() {
		staff = new Staff(organisations, accounts);
		administrator = staff.person(Staff.email("admin"), "Claire", "Martin");
		entity = staff.entityAdministeredBy(administrator);
	}

	@Test
	void someoneWithoutAnAccountIsInvitedAndStaysInvitedUntilTheyChooseAPassword() {
		var email = Staff.email("paul");
		var paul = administration.invite(administrator, entity,
				new NewAgent(email, "Paul", "Henry", null, Set.of(BUYER, COMMISSION_MEMBER)), Locale.FRENCH);

		assertThat(accounts.find(paul).orElseThrow().roles()).contains(Role.BUYER_AGENT, Role.COMMISSION_MEMBER)
			.doesNotContain(Role.ENTITY_ADMIN);
		assertThat(administration.agent(administrator, entity, paul).status()).isEqualTo(AgentStatus.INVITED);
		var mail = awaitMail(email);
		assertThat(mail.subject()).startsWith("Invitation à rejoindre l’entité d’achat Unité de test");
		assertThat(mail.text()).contains("Claire Martin vous a ouvert un compte");

		administration.reinvite(administrator, entity, paul, Locale.FRENCH);
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(email).size() == 2);
	}

	@Test
	void someoneWithAnAccountIsAppointedAtOnceAndToldByMail() {
		var email = Staff.email("sophie");
		var sophie = staff.person(email, "Sophie", "Bernard");

		assertThat(administration.invite(administrator, entity, new NewAgent(email.toUpperCase(), "S", "B", null,
				Set.of(BUYER)), Locale.FRENCH)).isEqualTo(sophie);

		assertThat(administration.agent(administrator, entity, sophie).status()).isEqualTo(AgentStatus.ACTIVE);
		assertThat(accounts.find(sophie).orElseThrow().roles()).containsExactly(Role.BUYER_AGENT);
		var mail = awaitMail(email);
		assertThat(mail.subject()).startsWith("Vous agissez désormais pour Unité de test");
		assertThat(mail.text()).contains("Claire Martin vous a nommé agent", "Acheteur");
		assertRefused(() -> administration.invite(administrator, entity,
				new NewAgent(email, "Sophie", "Bernard", null, Set.of(BUYER)), Locale.FRENCH), Reason.ALREADY_AGENT);
		assertRefused(() -> administration.reinvite(administrator, entity, sophie, Locale.FRENCH), Reason.NOT_INVITED);
	}

	@Test
	void identityRolesFollowTheActiveAppointmentsAcrossEntities() {
		var other = staff.entityAdministeredBy(administrator);
		var marc = staff.agent(entity, Staff.email("marc"), BUYER);
		organisations.appoint(other, marc, Set.of(COMMISSION_MEMBER));
		assertThat(roles(marc)).containsExactlyInAnyOrder(Role.BUYER_AGENT, Role.COMMISSION_MEMBER);

		administration.changeRoles(administrator, entity, marc, Set.of(ENTITY_ADMINISTRATOR));
		assertThat(roles(marc)).containsExactlyInAnyOrder(Role.ENTITY_ADMIN, Role.COMMISSION_MEMBER);

		administration.deactivate(administrator, other, marc, Locale.FRENCH);
		assertThat(roles(marc)).containsExactly(Role.ENTITY_ADMIN);
		assertThat(accounts.find(marc).orElseThrow().locked()).as("still appointed elsewhere").isFalse();
		assertThat(organisations.appointmentsOf(marc)).extracting(Appointment::entity).containsExactly(entity);

		administration.reactivate(administrator, other, marc, Locale.FRENCH);
		assertThat(roles(marc)).containsExactlyInAnyOrder(Role.ENTITY_ADMIN, Role.COMMISSION_MEMBER);
	}

	@Test
	void deactivatingSomeonesLastAppointmentLocksTheirAccountAndReactivatingUnlocksIt() {
		var email = Staff.email("thomas");
		var thomas = staff.agent(entity, email, BUYER);

		administration.deactivate(administrator, entity, thomas, Locale.FRENCH);

		var account = accounts.find(thomas).orElseThrow();
		assertThat(account.locked()).isTrue();
		assertThat(account.roles()).doesNotContain(Role.BUYER_AGENT);
		assertThat(administration.agent(administrator, entity, thomas).status()).isEqualTo(AgentStatus.DEACTIVATED);
		assertThat(organisations.appointmentsOf(thomas)).isEmpty();
		assertThat(awaitMail(email).text()).contains("votre compte est verrouillé");
		assertRefused(() -> administration.deactivate(administrator, entity, thomas, Locale.FRENCH),
				Reason.ALREADY_DEACTIVATED);
		assertRefused(() -> administration.invite(administrator, entity,
				new NewAgent(email, "Thomas", "Lefèvre", null, Set.of(BUYER)), Locale.FRENCH), Reason.DEACTIVATED_AGENT);

		administration.reactivate(administrator, entity, thomas, Locale.FRENCH);

		assertThat(accounts.find(thomas).orElseThrow().locked()).isFalse();
		assertThat(roles(thomas)).containsExactly(Role.BUYER_AGENT);
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(email).size() == 2);
		assertThat(mailbox.receivedBy(email).getFirst().subject()).startsWith("Votre affectation à Unité de test")
			.endsWith("est rétablie");
	}

	@Test
	void theEntityKeepsAnActiveAdministrator() {
		assertRefused(() -> administration.deactivate(administrator, entity, administrator, Locale.FRENCH),
				Reason.LAST_ADMINISTRATOR);
		assertRefused(() -> administration.changeRoles(administrator, entity, administrator, Set.of(BUYER)),
				Reason.LAST_ADMINISTRATOR);

		var second = staff.agent(entity, Staff.email("second"), ENTITY_ADMINISTRATOR);
		administration.deactivate(second, entity, administrator, Locale.FRENCH);

		assertThat(administration.agents(second, entity)).filteredOn(a -> a.status() != AgentStatus.DEACTIVATED)
			.extracting(AgentView::account)
			.containsExactly(second);
		assertThat(accounts.find(administrator).orElseThrow().roles()).doesNotContain(Role.ENTITY_ADMIN);
	}

	@Test
	void onlyTheEntitysAdministratorsManageIt() {
		var buyer = staff.agent(entity, Staff.email("buyer"), BUYER);
		var stranger = staff.person(Staff.email("stranger"), "Jean", "Autre");
		var otherAdministrator = staff.person(Staff.email("other-admin"), "Anne", "Ailleurs");
		staff.entityAdministeredBy(otherAdministrator);

		assertThatThrownBy(() -> administration.agents(buyer, entity)).isInstanceOf(AdministratorsOnlyException.class);
		assertThatThrownBy(() -> administration.deactivate(buyer, entity, administrator, Locale.FRENCH))
			.isInstanceOf(AdministratorsOnlyException.class);
		assertThatThrownBy(() -> administration.agents(stranger, entity)).isInstanceOf(UnknownIdException.class);
		assertThatThrownBy(() -> administration.deactivate(otherAdministrator, entity, buyer, Locale.FRENCH))
			.isInstanceOf(UnknownIdException.class);
		assertThatThrownBy(() -> administration.agents(administrator, PurchasingEntityId.random()))
			.isInstanceOf(UnknownIdException.class);

		assertThat(administration.agent(administrator, entity, buyer).status()).isEqualTo(AgentStatus.ACTIVE);
		assertThat(administration.administeredBy(administrator)).extracting(PurchasingEntityView::id).contains(entity);
		assertThat(administration.administeredBy(buyer)).isEmpty();
	}

	@Test
	void thePlatformAppointsAnEntitysFirstAdministrator() {
		var platformAdmin = staff.person(Staff.email("platform"), "Hélène", "Garnier");
		var newEntity = Fixtures.newEntity(organisations, Fixtures.unique("Unité neuve"), "69");
		var email = Staff.email("first-admin");

		var first = organisations.appointAdministrator(newEntity,
				new NewAgent(email, "Inès", "Caron", "04 65 71 00 09", Set.of(BUYER)), platformAdmin, Locale.ENGLISH);

		assertThat(organisations.agentsOf(newEntity)).singleElement()
			.isEqualTo(new Appointment(first, newEntity, Set.of(ENTITY_ADMINISTRATOR)));
		assertThat(accounts.find(first).orElseThrow().invited()).isTrue();
		var mail = awaitMail(email);
		assertThat(mail.subject()).startsWith("Invitation to join the purchasing entity Unité neuve");
		assertThat(mail.text()).contains("Hélène Garnier");
	}

	@Test
	void closingAnAccountEndsItsAppointmentsButNeverTheLastAdministrators() {
		var buyer = staff.agent(entity, Staff.email("leaving"), BUYER);

		assertThatThrownBy(() -> accounts.close(administrator)).isInstanceOfSatisfying(
				AccountClosureRefusedException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("organisation.agents.closing.lastAdministrator"));
		assertThat(accounts.find(administrator)).isPresent();

		accounts.close(buyer);

		assertThat(accounts.find(buyer)).isEmpty();
		assertThat(organisations.agentsOf(entity)).extracting(Appointment::account).containsExactly(administrator);
		assertThat(administration.agents(administrator, entity)).extracting(AgentView::account)
			.containsExactly(administrator);
	}

	@Test
	void someoneInvitedElsewhereWhoHasNotJoinedIsInvitedAgainNamingThisEntity() {
		var email = Staff.email("twice");
		var otherAdministrator = staff.person(Staff.email("other"), "Anne", "Ailleurs");
		var other = staff.entityAdministeredBy(otherAdministrator);
		var person = administration.invite(otherAdministrator, other, new NewAgent(email, "Luc", "Double", null,
				Set.of(BUYER)), Locale.FRENCH);
		awaitMail(email);

		assertThat(administration.invite(administrator, entity, new NewAgent(email, "Luc", "Double", null,
				Set.of(COMMISSION_MEMBER)), Locale.FRENCH)).isEqualTo(person);

		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(email).size() == 2);
		var second = mailbox.receivedBy(email).getFirst();
		assertThat(second.subject()).startsWith("Invitation à rejoindre l’entité d’achat Unité de test");
		assertThat(second.text()).contains("Claire Martin");
		assertThat(roles(person)).containsExactlyInAnyOrder(Role.BUYER_AGENT, Role.COMMISSION_MEMBER);
	}

	private Set<Role> roles(AccountId account) {
		return accounts.find(account).orElseThrow().roles();
	}

	private DevelopmentMailbox.ReceivedMail awaitMail(String email) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.receivedBy(email).isEmpty());
		return mailbox.receivedBy(email).getFirst();
	}

	private static void assertRefused(Runnable change, Reason reason) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(AgentChangeRefusedException.class,
				refused -> assertThat(refused.reason()).isEqualTo(reason));
	}
}
