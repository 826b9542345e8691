package fr.openmarches.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.MutableClock;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.NewPurchasingEntity;
import fr.openmarches.organisation.PostalAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Themed portals over HTTP: platform administrators define them (page and API), visitors filter
 * the consultation list by portal with its count, and nobody else changes them.
 */
@IntegrationTest
class PortalsTest {

	static final String PASSWORD = "un mot de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	PortalService portals;

	@Autowired
	ConsultationService consultations;

	@Autowired
	MutableClock clock;

	OrganisationId ministry;

	String title;

	WebVisitor administrator;

	@BeforeEach
	void aMinistryWithAPublishedConsultation() {
		ministry = organisations.create(new NewOrganisation(Fixtures.unique("Ministère des Phares"), null, OrganisationKind.MINISTRY));
		var entity = organisations.createEntity(ministry, new NewPurchasingEntity(Fixtures.unique("Subdivision des phares"),
				null, Fixtures.uniqueSiret(), new PostalAddress("1 quai de la Douane", "29200", "Brest"), "29",
				"phares@test.example", null, List.of()));
		title = Fixtures.uniqueWord("Balisage");
		var id = consultations.draft(ConsultationFixtures.newConsultation(entity, title, clock.instant().plus(Duration.ofDays(20))));
		ConsultationFixtures.publish(consultations, id);
		var email = Fixtures.uniqueWord("admin") + "@test.example";
		accounts.open(new NewAccount(email, PASSWORD, "Hélène", "Garnier", null, Set.of(Role.PLATFORM_ADMIN)));
		administrator = new WebVisitor(port);
		administrator.signIn(email, PASSWORD);
	}

	@Test
	void anAdministratorCreatesAPortalOnItsPageAndVisitorsFilterTheListByIt() {
		var code = Fixtures.uniqueWord("phares-");
		var name = Fixtures.unique("Portail des phares");
		administrator.get("/admin/portails/nouveau");
		var created = administrator.post("/admin/portails/nouveau",
				Map.of("code", code, "name", name, "description", "Les achats des phares", "organisations", ministry.toString()));
		assertThat(created.status()).isEqualTo(302);
		assertThat(administrator.get("/admin/portails").body()).contains(name, code);

		var visitor = new WebVisitor(port);
		var onPortal = visitor.get("/consultations?state=ALL&portal=" + code);
		assertThat(onPortal.body()).contains(title)
			.contains(name + " (1)")
			.containsPattern("<option value=\"" + code + "\"\\s+selected");
		assertThat(visitor.get("/consultations?state=ALL&portal=" + code + "&q=" + encode("inexistantmotclef")).body())
			.doesNotContain(title);
		assertThat(visitor.get("/consultations?state=ALL&portal=nul-part").body()).contains("Valeur inconnue");

		var api = visitor.get("/api/v1/consultations?state=PUBLISHED&portal=" + code, "Accept", "application/json");
		assertThat(JsonPath.<List<String>>read(api.body(), "$.items[*].title")).containsExactly(title);
		assertThat(visitor.get("/api/v1/consultations?portal=nul-part", "Accept", "application/json").status()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(visitor.get("/api/v1/portals/" + code).body(), "$.organisations[*].id"))
			.containsExactly(ministry.toString());
	}

	@Test
	void theFormSaysWhatIsWrongAndKeepsWhatWasTyped() {
		administrator.get("/admin/portails/nouveau");
		var wrong = administrator.post("/admin/portails/nouveau", Map.of("code", "Pas Bon!", "name", "Nom garde tel quel"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("Saisissez un code de 2 à 40 caractères", "Nom garde tel quel");
		assertThat(portals.find("Pas Bon!")).isEmpty();
	}

	@Test
	void theApiCreatesChangesAndRemovesAPortalForAdministratorsOnly() {
		var code = Fixtures.uniqueWord("api-");
		var path = "/api/v1/admin/portals/" + code;
		var body = "{\"name\":\"" + Fixtures.unique("Portail API") + "\",\"organisations\":[\"" + ministry + "\"]}";

		var anonymous = new WebVisitor(port);
		anonymous.get("/");
		assertThat(anonymous.send("PUT", path, "application/json", bytes(body), true).status()).isIn(401, 403);
		var supplier = new WebVisitor(port);
		var email = Fixtures.uniqueWord("fournisseur") + "@test.example";
		accounts.open(new NewAccount(email, PASSWORD, "Paul", "Durand", null, Set.of()));
		supplier.signIn(email, PASSWORD);
		supplier.get("/");
		assertThat(supplier.send("PUT", path, "application/json", bytes(body), true).status()).isEqualTo(403);
		administrator.get("/admin/portails");
		assertThat(administrator.send("PUT", path, "application/json", bytes(body), false).status())
			.as("no CSRF token").isEqualTo(403);
		assertThat(portals.find(code)).isEmpty();

		var saved = administrator.send("PUT", path, "application/json", bytes(body), true);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(saved.body(), "$.code")).isEqualTo(code);
		assertThat(portals.organisationsOf(code)).contains(Set.of(ministry));

		var unknownOrganisation = administrator.send("PUT", path, "application/json",
				bytes("{\"name\":\"Autre nom\",\"organisations\":[\"" + java.util.UUID.randomUUID() + "\"]}"), true);
		assertThat(unknownOrganisation.status()).isEqualTo(404);
		var badCode = administrator.send("PUT", "/api/v1/admin/portals/Mauvais%20Code", "application/json", bytes(body), true);
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(JsonPath.<String>read(badCode.body(), "$.errors[0].field")).isEqualTo("code");
		assertThat(portals.organisationsOf(code)).contains(Set.of(ministry));

		assertThat(supplier.send("DELETE", path, null, null, true).status()).isEqualTo(403);
		assertThat(administrator.send("DELETE", path, null, null, true).status()).isEqualTo(204);
		assertThat(portals.find(code)).isEmpty();
		assertThat(anonymous.get("/api/v1/portals/" + code).status()).isEqualTo(404);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
