package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import fr.openmarches.company.MembershipChangeRefusedException.Reason;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.Siren;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The membership rules of a company, without Spring: who may become what, and that a company is
 * never left without an active administrator.
 */
class MembershipRulesTest {

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	final AccountId founder = AccountId.random();

	final AccountId other = AccountId.random();

	final Company company = Company.register(new NewCompany(new Siren("732829320"), "Ateliers du Littoral", "5710",
			"33.12Z", true, Address.inFrance("12 rue du Port", "29200", "Brest")), founder, NOW);

	@Test
	void theFounderIsTheActiveAdministratorAndNewcomersAreSimpleMembers() {
		company.join(other, NOW);

		var view = company.view();
		assertThat(view.roleOf(founder)).contains(CompanyRole.ADMINISTRATOR);
		assertThat(view.roleOf(other)).contains(CompanyRole.MEMBER);
		assertThat(view.activeAdministrators()).containsExactly(founder);
		assertThat(company.recordedEvents()).hasAtLeastOneElementOfType(CompanyRegistered.class)
			.hasAtLeastOneElementOfType(MemberJoined.class);
		assertThatThrownBy(() -> company.join(other, NOW)).isInstanceOfSatisfying(
				MembershipChangeRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_MEMBER));
	}

	/**
	 * Every transition from every state of a member (the other member, while the founder stays an
	 * active administrator; or the founder themselves when they are the only active one).
	 */
	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			MEMBER                  | PROMOTE | ADMINISTRATOR
			MEMBER                  | DEMOTE  | NOT_ADMINISTRATOR
			MEMBER                  | LOCK    | LOCKED_MEMBER
			MEMBER                  | UNLOCK  | NOT_LOCKED
			MEMBER                  | REMOVE  | REMOVED
			MEMBER                  | LEAVE   | REMOVED
			LOCKED_MEMBER           | PROMOTE | LOCKED
			LOCKED_MEMBER           | DEMOTE  | NOT_ADMINISTRATOR
			LOCKED_MEMBER           | LOCK    | LOCKED
			LOCKED_MEMBER           | UNLOCK  | MEMBER
			LOCKED_MEMBER           | REMOVE  | REMOVED
			LOCKED_MEMBER           | LEAVE   | REMOVED
			ADMINISTRATOR           | PROMOTE | ALREADY_ADMINISTRATOR
			ADMINISTRATOR           | DEMOTE  | MEMBER
			ADMINISTRATOR           | LOCK    | LOCKED_ADMINISTRATOR
			ADMINISTRATOR           | UNLOCK  | NOT_LOCKED
			ADMINISTRATOR           | REMOVE  | REMOVED
			ADMINISTRATOR           | LEAVE   | REMOVED
			LOCKED_ADMINISTRATOR    | PROMOTE | ALREADY_ADMINISTRATOR
			LOCKED_ADMINISTRATOR    | DEMOTE  | LOCKED_MEMBER
			LOCKED_ADMINISTRATOR    | LOCK    | LOCKED
			LOCKED_ADMINISTRATOR    | UNLOCK  | ADMINISTRATOR
			LOCKED_ADMINISTRATOR    | REMOVE  | REMOVED
			LOCKED_ADMINISTRATOR    | LEAVE   | REMOVED
			LAST_ADMINISTRATOR      | PROMOTE | ALREADY_ADMINISTRATOR
			LAST_ADMINISTRATOR      | DEMOTE  | LAST_ADMINISTRATOR
			LAST_ADMINISTRATOR      | LOCK    | LAST_ADMINISTRATOR
			LAST_ADMINISTRATOR      | UNLOCK  | NOT_LOCKED
			LAST_ADMINISTRATOR      | REMOVE  | LAST_ADMINISTRATOR
			LAST_ADMINISTRATOR      | LEAVE   | LAST_ADMINISTRATOR
			""")
	void transitionTable(State from, Transition transition, String expected) {
		var subject = from.prepare(this);
		company.forgetEvents();
		var before = company.view();

		if (isRefusal(expected)) {
			assertThatThrownBy(() -> transition.apply(company, subject)).isInstanceOfSatisfying(
					MembershipChangeRefusedException.class, e -> assertThat(e.reason()).hasToString(expected));
			assertThat(company.view()).as("nothing changed").isEqualTo(before);
			assertThat(company.recordedEvents()).isEmpty();
			return;
		}
		transition.apply(company, subject);
		assertThat(State.of(company, subject)).isEqualTo(expected);
		assertThat(company.recordedEvents()).singleElement().isInstanceOf(transition.event);
		assertThat(company.view().activeAdministrators()).as("an active administrator remains").isNotEmpty();
	}

	@Test
	void aLockNeedsAReasonToTellThePerson() {
		company.join(other, NOW);

		assertThatThrownBy(() -> company.lock(other, "  ")).isInstanceOf(IllegalArgumentException.class);
		company.lock(other, " A quitté l’entreprise ");
		assertThat(company.view().member(other).orElseThrow().lockedReason()).isEqualTo("A quitté l’entreprise");
		assertThat(company.recordedEvents()).contains(new MemberLocked(company.id(), other, "A quitté l’entreprise"));
	}

	@Test
	void twoAdministratorsMayDemoteEachOtherOnlyUntilOneRemains() {
		company.join(other, NOW);
		company.promote(other);

		company.demote(founder);
		assertThatThrownBy(() -> company.demote(other)).isInstanceOfSatisfying(MembershipChangeRefusedException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.LAST_ADMINISTRATOR));
		assertThat(company.view().activeAdministrators()).containsExactly(other);
	}

	@Test
	void onlyMembersChangeAndOnlyTheCompanysOwnEstablishmentsAreAdded() {
		var stranger = AccountId.random();
		for (var transition : Transition.values()) {
			assertThatThrownBy(() -> transition.apply(company, stranger)).as(transition.name())
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> company.addEstablishment(fr.openmarches.platform.Siret.parse("44306184100047"), false,
				Address.inFrance("1 rue X", "75011", "Paris"))).isInstanceOf(IllegalArgumentException.class);
		company.addEstablishment(fr.openmarches.platform.Siret.parse("73282932000074"), true,
				Address.inFrance("12 rue du Port", "29200", "Brest"));
		assertThat(company.view().headOffice()).isPresent();
	}

	@Test
	void aFrenchCompanyIsRegisteredWithItsInseeCodesAndAForeignOneWithItsNationalIdentifier() {
		assertThatThrownBy(() -> Company.register(new NewCompany(new Siren("732829320"), "X", "SAS", "33.12Z", true,
				Address.inFrance("1 rue X", "29200", "Brest")), founder, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Company.register(new NewCompany(new Siren("732829320"), "X", "5710", null, true,
				Address.inFrance("1 rue X", "29200", "Brest")), founder, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Company.register(new NewCompany(null, null, "Optik GmbH", "GmbH", null, false,
				new Address("Hauptstraße 1", "10115", "Berlin", "DE")), founder, NOW))
			.isInstanceOf(IllegalArgumentException.class);

		var foreign = Company.register(new NewCompany(null, "de 123 456 789", "Optik GmbH", "GmbH", null, false,
				new Address("Hauptstraße 1", "10115", "Berlin", "DE")), founder, NOW);
		assertThat(foreign.view().nationalId()).isEqualTo("DE123456789");
		assertThat(foreign.view().isEstablishedAbroad()).isTrue();
	}

	private static boolean isRefusal(String expected) {
		return List.of(Reason.values()).stream().anyMatch(reason -> reason.name().equals(expected));
	}

	/** Where the member under test stands before the transition. */
	enum State {
		MEMBER, LOCKED_MEMBER, ADMINISTRATOR, LOCKED_ADMINISTRATOR, LAST_ADMINISTRATOR, REMOVED;

		/** Brings the company to this state and returns the member under test. */
		AccountId prepare(MembershipRulesTest test) {
			var company = test.company;
			if (this == LAST_ADMINISTRATOR) {
				return test.founder;
			}
			company.join(test.other, NOW);
			if (this == ADMINISTRATOR || this == LOCKED_ADMINISTRATOR) {
				company.promote(test.other);
			}
			if (this == LOCKED_MEMBER || this == LOCKED_ADMINISTRATOR) {
				company.lock(test.other, "Congé");
			}
			return test.other;
		}

		static String of(Company company, AccountId account) {
			return company.view().member(account).map(member -> {
				var base = member.role() == CompanyRole.ADMINISTRATOR ? "ADMINISTRATOR" : "MEMBER";
				return member.locked() ? "LOCKED_" + base : base;
			}).orElse(REMOVED.name());
		}
	}

	enum Transition {
		PROMOTE(Company::promote, MemberPromoted.class), DEMOTE(Company::demote, MemberDemoted.class),
		LOCK((company, account) -> company.lock(account, "Départ"), MemberLocked.class),
		UNLOCK(Company::unlock, MemberUnlocked.class), REMOVE(Company::remove, MemberRemoved.class),
		LEAVE(Company::leave, MemberLeft.class);

		private final BiConsumer<Company, AccountId> action;

		private final Class<?> event;

		Transition(BiConsumer<Company, AccountId> action, Class<?> event) {
			this.action = action;
			this.event = event;
		}

		void apply(Company company, AccountId account) {
			action.accept(company, account);
		}
	}
}
