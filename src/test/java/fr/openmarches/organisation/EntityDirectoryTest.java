package fr.openmarches.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Organisations, entities and agents stored in PostgreSQL, and the directory that reads them. */
@IntegrationTest
class EntityDirectoryTest {

	@Autowired
	OrganisationService organisations;

	@Autowired
	EntityDirectory directory;

	@Autowired
	AccountService accounts;

	OrganisationId ministry;

	PurchasingEntityId port;

	PurchasingEntityId arsenal;

	String marker;

	@BeforeEach
	void aMinistryWithTwoEntities() {
		marker = Fixtures.uniqueWord("Mer");
		ministry = organisations.create(new NewOrganisation("Ministère de la " + marker, "MIN", OrganisationKind.MINISTRY));
		port = organisations.createEntity(ministry, new NewPurchasingEntity("Direction du port " + marker, "DP",
				Fixtures.uniqueSiret(), new PostalAddress("1 quai Est", "20000", "Ajaccio"), "2A",
				"port@test.example", "04 99 00 00 01", List.of("Capitainerie", "Bureau des achats")));
		arsenal = organisations.createEntity(ministry, new NewPurchasingEntity("Arsenal " + marker, null,
				Fixtures.uniqueSiret(), new PostalAddress("2 rue de l'Arsenal", "83000", "Toulon"), "83",
				"arsenal@test.example", null, List.of()));
	}

	@Test
	void anEntityIsReadWithItsOrganisationAndServices() {
		var found = directory.find(port).orElseThrow();
		assertThat(found.displayName()).isEqualTo("Direction du port " + marker + " (DP)");
		assertThat(found.organisation().name()).isEqualTo("Ministère de la " + marker);
		assertThat(found.department().label()).isEqualTo("Corse-du-Sud (2A)");
		assertThat(found.offices()).containsExactly("Capitainerie", "Bureau des achats");
		assertThat(directory.find(PurchasingEntityId.random())).isEmpty();
	}

	@Test
	void theDirectorySearchesByNameOrganisationAndDepartment() {
		assertThat(directory.search(new DirectoryQuery(marker, null, null), 0, 10).getContent())
			.extracting(EntitySummary::id)
			.containsExactly(arsenal, port);
		assertThat(directory.search(new DirectoryQuery("port " + marker.toLowerCase(), null, null), 0, 10).getContent())
			.extracting(EntitySummary::id)
			.containsExactly(port);
		assertThat(directory.search(new DirectoryQuery(null, ministry, "83"), 0, 10).getContent())
			.extracting(EntitySummary::id)
			.containsExactly(arsenal);
		assertThat(directory.search(new DirectoryQuery(marker, null, "75"), 0, 10).getTotalElements()).isZero();
		assertThat(directory.departments()).extracting(Department::code).contains("2A", "83");
		assertThat(directory.summaries(List.of(port, arsenal))).containsOnlyKeys(port, arsenal);
	}

	@Test
	void wordsMatchRegardlessOfCaseAndAccentsInTheNameTownOrganisationOrDepartment() {
		assertThat(found("ministere de la " + marker.toUpperCase())).containsExactly(arsenal, port);
		assertThat(found("ARSENAL " + marker.toLowerCase())).containsExactly(arsenal);
		assertThat(found("toulon " + marker)).containsExactly(arsenal);
		assertThat(found("corse " + marker)).containsExactly(port);
		assertThat(found("2a " + marker)).containsExactly(port);
		assertThat(found("dp " + marker)).containsExactly(port);
		assertThat(found("capitainerie " + marker)).as("services are not searched").isEmpty();
		assertThat(found("100% " + marker)).as("LIKE wildcards are plain characters").isEmpty();
	}

	private List<PurchasingEntityId> found(String words) {
		return directory.search(new DirectoryQuery(words, null, null), 0, 10)
			.map(EntitySummary::id)
			.getContent();
	}

	@Test
	void appointingAnAgentGrantsTheSignInRoles() {
		var person = accounts.open(new NewAccount(Fixtures.unique("agent").replace(" ", "") + "@test.example",
				"un mot de passe solide", "Anne", "Marin", null, Set.of()));
		organisations.appoint(port, person, Set.of(AgentRole.BUYER));
		organisations.appoint(port, person, Set.of(AgentRole.COMMISSION_MEMBER));

		assertThat(organisations.appointmentsOf(person)).singleElement()
			.isEqualTo(new Appointment(person, port, Set.of(AgentRole.BUYER, AgentRole.COMMISSION_MEMBER)));
		assertThat(organisations.agentsOf(port)).extracting(Appointment::account).containsExactly(person);
		assertThat(accounts.find(person).orElseThrow().roles()).contains(Role.BUYER_AGENT, Role.COMMISSION_MEMBER)
			.doesNotContain(Role.ENTITY_ADMIN);
	}

	@Test
	void aSiretBelongsToOneEntity() {
		var siret = Fixtures.uniqueSiret();
		var details = new NewPurchasingEntity("Premier " + marker, null, siret,
				new PostalAddress("3 rue Basse", "75001", "Paris"), "75", "un@test.example", null, List.of());
		organisations.createEntity(ministry, details);
		assertThatThrownBy(() -> organisations.createEntity(ministry, details))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEntitySitsInARealDepartment() {
		var details = new NewPurchasingEntity("Nulle part " + marker, null, Fixtures.uniqueSiret(),
				new PostalAddress("3 rue Basse", "75001", "Paris"), "99", "un@test.example", null, List.of());
		assertThatThrownBy(() -> organisations.createEntity(ministry, details))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("99");
	}
}
