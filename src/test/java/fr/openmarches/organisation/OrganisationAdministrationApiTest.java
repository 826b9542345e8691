package fr.openmarches.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administration APIs over HTTP, with a session and the CSRF header as a script would use
 * them: the platform administrators' organisations and entities, and an entity administrator's
 * agents.
 */
@IntegrationTest
class OrganisationAdministrationApiTest {

	static final String PASSWORD = "un mot de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	ApiVisitor platform;

	@BeforeEach
	void aPlatformAdministrator() {
		var email = unique("platform");
		accounts.open(new NewAccount(email, PASSWORD, "Hélène", "Garnier", null, Set.of(Role.PLATFORM_ADMIN)));
		platform = new ApiVisitor(port).signIn(email, PASSWORD);
	}

	@Test
	void aPlatformAdministratorCreatesAnOrganisationAndAnEntityAndAppointsItsAdministrator() {
		var name = Fixtures.unique("Agence API");
		var created = platform.send("POST", "/api/v1/admin/organisations",
				"{\"name\":\"" + name + "\",\"acronym\":\"AAPI\",\"kind\":\"AGENCY\"}");
		assertThat(created.status()).isEqualTo(201);
		String organisation = JsonPath.read(created.body(), "$.id");
		assertThat(created.location()).endsWith("/api/v1/admin/organisations/" + organisation);
		assertThat(platform.get("/api/v1/admin/organisations?q=" + name.replace(" ", "+")).body())
			.contains("\"totalItems\":1", "\"entities\":0");

		var duplicate = platform.send("POST", "/api/v1/admin/organisations",
				"{\"name\":\"" + name + "\",\"kind\":\"MINISTRY\"}");
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(duplicate.body(), "$.errors[0].field")).isEqualTo("name");
		assertThat(JsonPath.<String>read(duplicate.body(), "$.errors[0].message"))
			.isEqualTo("Une organisation porte déjà ce nom.");

		var entities = "/api/v1/admin/organisations/" + organisation + "/entities";
		var wrong = platform.send("POST", entities, entity("Unité API", "130 012 347 00015", "7501"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(JsonPath.<List<Map<String, String>>>read(wrong.body(), "$.errors")).extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("siret", "address.postcode");
		assertThat(wrong.body()).contains("Ce numéro SIRET n'existe pas");

		var entity = platform.send("POST", entities, entity("Unité API", Fixtures.uniqueSiret().value(), "31400"));
		assertThat(entity.status()).isEqualTo(201);
		String entityId = JsonPath.read(entity.body(), "$.id");
		assertThat(JsonPath.<List<String>>read(entity.body(), "$.services[*].name")).containsExactly("Bureau des marchés");
		var path = entities + "/" + entityId;
		assertThat(platform.get(entities).body()).contains("\"activeAdministrators\":0");

		var office = platform.send("POST", path + "/offices", "{\"name\":\"Service achats\"}");
		assertThat(office.status()).isEqualTo(201);
		String officeId = JsonPath.read(office.body(), "$.id");
		assertThat(platform.send("POST", path + "/offices", "{\"name\":\"service ACHATS\"}").status()).isEqualTo(409);
		assertThat(platform.send("PUT", path + "/offices/" + officeId, "{\"name\":\"Service des achats\"}").status())
			.isEqualTo(200);
		assertThat(platform.send("DELETE", path + "/offices/" + officeId, null).status()).isEqualTo(204);
		assertThat(JsonPath.<List<String>>read(platform.get(path).body(), "$.services[*].name"))
			.containsExactly("Bureau des marchés");

		var administrator = unique("first-admin");
		var appointed = platform.send("POST", path + "/administrators",
				"{\"email\":\"" + administrator + "\",\"givenName\":\"Inès\",\"familyName\":\"Caron\"}");
		assertThat(appointed.status()).isEqualTo(201);
		assertThat(JsonPath.<String>read(appointed.body(), "$.status")).isEqualTo("INVITED");
		assertThat(JsonPath.<List<String>>read(appointed.body(), "$.roles")).containsExactly("ENTITY_ADMINISTRATOR");
		assertThat(platform.get(entities).body()).contains("\"activeAdministrators\":1");
		assertThat(platform.send("POST", path + "/administrators",
				"{\"email\":\"" + administrator + "\",\"givenName\":\"Inès\",\"familyName\":\"Caron\"}").body())
			.contains("\"reason\":\"ALREADY_AGENT\"");

		var corrected = platform.send("PUT", path, entity("Unité API renommée", Fixtures.uniqueSiret().value(), "31400"));
		assertThat(corrected.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(corrected.body(), "$.name")).isEqualTo("Unité API renommée");
		var elsewhere = platform.send("POST", "/api/v1/admin/organisations",
				"{\"name\":\"" + Fixtures.unique("Autre agence") + "\",\"kind\":\"AGENCY\"}");
		String other = JsonPath.read(elsewhere.body(), "$.id");
		assertThat(platform.get("/api/v1/admin/organisations/" + other + "/entities/" + entityId).status())
			.as("an entity is only found under its own organisation")
			.isEqualTo(404);
	}

	@Test
	void anEntityAdministratorManagesTheAgentsThroughTheApi() {
		var email = unique("admin");
		var administrator = accounts.open(new NewAccount(email, PASSWORD, "Claire", "Martin", null, Set.of()));
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Unité API agents"), "75");
		organisations.appoint(entity, administrator, Set.of(AgentRole.ENTITY_ADMINISTRATOR));
		var api = new ApiVisitor(port).signIn(email, PASSWORD);

		assertThat(api.get("/api/v1/buyer/entities").body()).contains("\"entity\":\"" + entity + "\"",
				"\"administrator\":true");
		var agents = "/api/v1/buyer/entities/" + entity + "/agents";
		var buyer = unique("buyer");
		var invited = api.send("POST", agents, "{\"email\":\"" + buyer
				+ "\",\"givenName\":\"Bruno\",\"familyName\":\"Petit\",\"roles\":[\"BUYER\"]}");
		assertThat(invited.status()).isEqualTo(201);
		String account = JsonPath.read(invited.body(), "$.account");
		assertThat(invited.location()).endsWith(agents + "/" + account);
		assertThat(JsonPath.<String>read(invited.body(), "$.status")).isEqualTo("INVITED");

		var roles = api.send("PUT", agents + "/" + account + "/roles", "{\"roles\":[\"BUYER\",\"COMMISSION_MEMBER\"]}");
		assertThat(JsonPath.<List<String>>read(roles.body(), "$.roles")).containsExactly("BUYER", "COMMISSION_MEMBER");
		assertThat(api.send("POST", agents + "/" + account + "/invitation", null).status()).isEqualTo(202);
		assertThat(JsonPath.<String>read(api.send("POST", agents + "/" + account + "/deactivation", null).body(),
				"$.status")).isEqualTo("DEACTIVATED");
		assertThat(api.send("POST", agents + "/" + account + "/invitation", null).status()).isEqualTo(409);
		assertThat(api.send("POST", agents + "/" + account + "/deactivation", null).body())
			.contains("\"reason\":\"ALREADY_DEACTIVATED\"");
		// Locked before joining, unlocked now: the reactivation mail tells how to choose a password.
		assertThat(JsonPath.<String>read(api.send("POST", agents + "/" + account + "/reactivation", null).body(),
				"$.status")).isEqualTo("ACTIVE");

		var refused = api.send("POST", agents + "/" + administrator + "/deactivation", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(refused.body(), "$.reason")).isEqualTo("LAST_ADMINISTRATOR");
		assertThat(JsonPath.<String>read(refused.body(), "$.detail"))
			.startsWith("L’entité doit garder au moins un administrateur actif");

		var noRole = api.send("POST", agents, "{\"email\":\"x@y\",\"givenName\":\"\",\"familyName\":\"P\",\"roles\":[]}");
		assertThat(noRole.status()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(noRole.body(), "$.errors[*].field"))
			.containsExactlyInAnyOrder("email", "givenName", "roles");

		var contact = "/api/v1/buyer/entities/" + entity + "/contact";
		assertThat(api.send("PUT", contact, "{\"address\":{\"street\":\"2 rue Neuve\",\"postcode\":\"69007\",\"city\":\"Lyon\"},"
				+ "\"department\":\"69\",\"email\":\"pas-une-adresse\"}").status()).isEqualTo(400);
		var updated = api.send("PUT", contact, "{\"address\":{\"street\":\"2 rue Neuve\",\"postcode\":\"69007\","
				+ "\"city\":\"Lyon\"},\"department\":\"69\",\"email\":\"achats@neuve.example\",\"phone\":\"04 65 71 00 10\"}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(updated.body(), "$.address.city")).isEqualTo("Lyon");
		assertThat(JsonPath.<String>read(updated.body(), "$.department")).isEqualTo("69");
	}

	@Test
	void theOpenApiDocumentDescribesTheAdministrationEndpoints() {
		var docs = platform.get("/v3/api-docs").body();
		assertThat(JsonPath.<String>read(docs, "$.paths['/api/v1/admin/organisations'].post.summary"))
			.isEqualTo("Create an organisation");
		assertThat(JsonPath.<String>read(docs,
				"$.paths['/api/v1/admin/organisations/{organisation}/entities/{entity}/administrators'].post.summary"))
			.isEqualTo("Appoint an administrator of a purchasing entity");
		assertThat(JsonPath.<String>read(docs,
				"$.paths['/api/v1/buyer/entities/{entity}/agents/{account}/deactivation'].post.summary"))
			.isEqualTo("Deactivate an agent");
		assertThat(JsonPath.<Map<String, Object>>read(docs,
				"$.paths['/api/v1/buyer/entities/{entity}/agents'].get.responses")).containsKeys("200", "401", "403", "404");
		assertThat(JsonPath.<List<String>>read(docs, "$.tags[*].name")).contains("Administration: organisations",
				"Buyer space: entities and agents");
	}

	private static String entity(String name, String siret, String postcode) {
		return """
				{"name":"%s","siret":"%s","address":{"street":"18 avenue Édouard Belin","postcode":"%s","city":"Toulouse"},
				 "department":"31","email":"achats@api.example","services":["Bureau des marchés"]}""".formatted(name, siret,
				postcode);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@api.example";
	}
}
