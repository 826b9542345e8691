package fr.openmarches.organisation;

import static fr.openmarches.organisation.AgentRole.BUYER;
import static fr.openmarches.organisation.AgentRole.ENTITY_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may manage which entity, over real HTTP. Two entities, A and B, each with an administrator
 * and a buyer: A's administrator uses B's real ids in every page and API address, and gets 404
 * with nothing changed; A's plain buyer gets 403; others are kept out of {@code /admin/**}.
 */
@IntegrationTest
class AgentsAuthorisationTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	OrganisationRegister register;

	@Autowired
	AccountService accounts;

	@Autowired
	EntityDirectory directory;

	PurchasingEntityId a;

	PurchasingEntityId b;

	String adminOfA;

	String buyerOfA;

	AccountId adminOfB;

	AccountId buyerOfB;

	@BeforeEach
	void twoEntities() {
		var staff = new Staff(organisations, accounts);
		adminOfA = Staff.email("admin-a");
		a = staff.entityAdministeredBy(staff.person(adminOfA, "Alice", "Admin"));
		buyerOfA = Staff.email("buyer-a");
		staff.agent(a, buyerOfA, BUYER);
		adminOfB = staff.person(Staff.email("admin-b"), "Bruno", "Admin");
		b = staff.entityAdministeredBy(adminOfB);
		buyerOfB = staff.agent(b, Staff.email("buyer-b"), BUYER);
	}

	@Test
	void anAdministratorOfANeverReadsBsPagesNorItsAgents() {
		var visitor = signedIn(adminOfA);
		var entityB = "/acheteur/entites/" + b;
		for (var path : List.of(entityB, entityB + "/coordonnees", entityB + "/agents", entityB + "/agents/inviter",
				entityB + "/agents/" + buyerOfB, entityB + "/agents/" + buyerOfB + "/desactivation",
				"/acheteur/entites/" + a + "/agents/" + buyerOfB)) {
			assertThat(visitor.get(path).status()).as(path).isEqualTo(404);
		}
		assertThat(visitor.get("/acheteur/entites/" + a + "/agents").status()).isEqualTo(200);
	}

	@Test
	void anAdministratorOfANeverChangesB() {
		var visitor = signedIn(adminOfA);
		visitor.get("/acheteur/entites/" + a + "/agents");
		var entityB = "/acheteur/entites/" + b;
		var before = snapshotOfB();

		var answers = Map.of(
				entityB + "/agents/" + buyerOfB + "/desactivation", Map.<String, String>of(),
				"/acheteur/entites/" + a + "/agents/" + buyerOfB + "/desactivation", Map.<String, String>of(),
				entityB + "/agents/" + buyerOfB + "/roles", Map.of("roles", "ENTITY_ADMINISTRATOR"),
				entityB + "/agents/" + adminOfB + "/roles", Map.of("roles", "BUYER"),
				entityB + "/agents/inviter", Map.of("email", Staff.email("intruder"), "givenName", "Ian", "familyName",
						"Truder", "roles", "ENTITY_ADMINISTRATOR"),
				entityB + "/coordonnees", Map.of("street", "1 rue Pirate", "postcode", "75001", "city", "Paris",
						"department", "75", "email", "pirate@example.fr", "phone", ""),
				entityB + "/services", Map.of("name", "Service pirate"));
		answers.forEach((path, form) -> assertThat(visitor.post(path, form).status()).as(path).isEqualTo(404));

		assertThat(snapshotOfB()).isEqualTo(before);
		assertThat(accounts.find(buyerOfB).orElseThrow().locked()).isFalse();
	}

	@Test
	void anAdministratorOfANeverReachesBThroughTheApi() {
		var api = new ApiVisitor(port).signIn(adminOfA, Staff.PASSWORD);
		var entityB = "/api/v1/buyer/entities/" + b;
		var before = snapshotOfB();

		assertThat(api.get(entityB).status()).isEqualTo(404);
		assertThat(api.get(entityB + "/agents").status()).isEqualTo(404);
		assertThat(api.get(entityB + "/agents/" + buyerOfB).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/buyer/entities/" + a + "/agents/" + buyerOfB).status()).isEqualTo(404);
		assertThat(api.send("POST", entityB + "/agents/" + buyerOfB + "/deactivation", null).status()).isEqualTo(404);
		assertThat(api.send("POST", "/api/v1/buyer/entities/" + a + "/agents/" + buyerOfB + "/deactivation", null)
			.status()).isEqualTo(404);
		assertThat(api.send("PUT", entityB + "/agents/" + adminOfB + "/roles", "{\"roles\":[\"BUYER\"]}").status())
			.isEqualTo(404);
		assertThat(api.send("POST", entityB + "/agents",
				"{\"email\":\"" + Staff.email("intruder") + "\",\"givenName\":\"I\",\"familyName\":\"T\",\"roles\":[\"BUYER\"]}")
			.status()).isEqualTo(404);
		assertThat(api.send("POST", entityB + "/offices", "{\"name\":\"Service pirate\"}").status()).isEqualTo(404);

		assertThat(snapshotOfB()).isEqualTo(before);
		assertThat(api.get("/api/v1/buyer/entities/" + a + "/agents").status()).isEqualTo(200);
	}

	@Test
	void aPlainBuyerCannotManageAgents() {
		var visitor = signedIn(buyerOfA);
		var agents = "/acheteur/entites/" + a + "/agents";
		assertThat(visitor.get("/acheteur").status()).isEqualTo(200);
		assertThat(visitor.get(agents).status()).isEqualTo(403);
		assertThat(visitor.get("/acheteur/entites/" + a).status()).isEqualTo(403);
		var administrator = accounts.findByEmail(adminOfA).orElseThrow().id();
		var before = organisations.agentsOf(a);

		assertThat(visitor.post(agents + "/" + administrator + "/desactivation", Map.of()).status()).isEqualTo(403);
		assertThat(visitor.post(agents + "/inviter", Map.of("email", Staff.email("friend"), "givenName", "F",
				"familyName", "R", "roles", "ENTITY_ADMINISTRATOR")).status()).isEqualTo(403);
		assertThat(new ApiVisitor(port).signIn(buyerOfA, Staff.PASSWORD)
			.send("POST", "/api/v1/buyer/entities/" + a + "/agents/" + administrator + "/deactivation", null)
			.status()).isEqualTo(403);

		assertThat(organisations.agentsOf(a)).containsExactlyInAnyOrderElementsOf(before);
		assertThat(accounts.find(administrator).orElseThrow().roles()).contains(Role.ENTITY_ADMIN);
	}

	@Test
	void onlyPlatformAdministratorsReachTheAdministration() {
		var buyer = signedIn(buyerOfA);
		assertThat(buyer.get("/admin/organisations").status()).isEqualTo(403);
		assertThat(signedIn(adminOfA).get("/admin/organisations/nouvelle").status()).isEqualTo(403);
		var api = new ApiVisitor(port).signIn(adminOfA, Staff.PASSWORD);
		assertThat(api.get("/api/v1/admin/organisations").status()).isEqualTo(403);
		assertThat(api.send("POST", "/api/v1/admin/organisations", "{\"name\":\"Pirates\",\"kind\":\"AGENCY\"}")
			.status()).isEqualTo(403);
		assertThat(register.organisations("Pirates", 0, 10).getTotalElements()).isZero();

		var platformAdmin = Staff.email("platform");
		accounts.open(new NewAccount(platformAdmin, Staff.PASSWORD, "Hélène", "Garnier", null,
				Set.of(Role.PLATFORM_ADMIN)));
		assertThat(signedIn(platformAdmin).get("/admin/organisations").status()).isEqualTo(200);
		assertThat(new ApiVisitor(port).signIn(platformAdmin, Staff.PASSWORD).get("/api/v1/admin/organisations")
			.status()).isEqualTo(200);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		var visitor = new WebVisitor(port);
		for (var path : List.of("/acheteur", "/acheteur/entites/" + a + "/agents", "/admin/organisations")) {
			var answer = visitor.get(path);
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.location()).as(path).endsWith("/connexion");
		}
		var api = new ApiVisitor(port);
		var answer = api.get("/api/v1/admin/organisations");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.body()).contains("\"status\":401");
		assertThat(api.get("/api/v1/buyer/entities/" + b + "/agents").status()).isEqualTo(401);
	}

	@Test
	void apiWritesNeedTheCsrfToken() {
		var api = new ApiVisitor(port).signIn(adminOfA, Staff.PASSWORD);
		var buyer = accounts.findByEmail(buyerOfA).orElseThrow().id();
		var path = "/api/v1/buyer/entities/" + a + "/agents/" + buyer + "/deactivation";

		assertThat(api.sendWithoutToken("POST", path, null).status()).isEqualTo(403);
		assertThat(accounts.find(buyer).orElseThrow().locked()).isFalse();
		assertThat(api.send("POST", path, null).status()).isEqualTo(200);
		assertThat(accounts.find(buyer).orElseThrow().locked()).isTrue();
	}

	/** Everything about B that an intruder could try to change. */
	private List<Object> snapshotOfB() {
		return List.of(organisations.agentsOf(b), register.agents(organisationOf(b), b), register.entity(organisationOf(b), b),
				register.offices(organisationOf(b), b));
	}

	private OrganisationId organisationOf(PurchasingEntityId entity) {
		return directory.find(entity).orElseThrow().organisation().id();
	}

	private WebVisitor signedIn(String email) {
		var visitor = new WebVisitor(port);
		assertThat(visitor.signIn(email, Staff.PASSWORD).location()).doesNotContain("erreur");
		return visitor;
	}
}
