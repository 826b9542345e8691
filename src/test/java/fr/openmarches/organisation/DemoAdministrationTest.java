package fr.openmarches.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo accounts of docs/demo-accounts.md can administer what the page says: the platform
 * administrator the organisations, Claire Martin the DGA's agents.
 */
@IntegrationTest
class DemoAdministrationTest {

	static final String PASSWORD = "demo-openmarches";

	@LocalServerPort
	int port;

	@Autowired
	EntityDirectory directory;

	@Autowired
	OrganisationRegister register;

	@Test
	void thePlatformAdministratorManagesTheOrganisationsWhoseListsArePaged() {
		var visitor = new WebVisitor(port);
		assertThat(visitor.signIn("admin@openmarches.example", PASSWORD).location()).doesNotContain("erreur");
		assertThat(visitor.get("/admin/organisations").status()).isEqualTo(200);
		assertThat(visitor.get("/admin/organisations?q=armees").body()).contains("Ministère des Armées (MINARM)");
		assertThat(visitor.get("/admin/organisations?q=Spatiales").body())
			.contains("Centre national d&#39;études spatiales (CNES)");

		var ministry = directory.organisations()
			.stream()
			.filter(o -> o.name().equals("Ministère des Armées"))
			.findFirst()
			.orElseThrow();
		assertThat(register.entities(ministry.id(), null, 0, 20).getTotalPages()).isGreaterThan(1);
		var page = visitor.get("/admin/organisations/" + ministry.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Direction générale de l&#39;armement (DGA)", "Page suivante");
		assertThat(visitor.get("/admin/organisations/" + ministry.id() + "?q=infrastructure+brest").body())
			.contains("ESID Brest", "1 entité d’achat");
	}

	@Test
	void claireMartinManagesTheDgasAgents() {
		var dga = directory.search(new DirectoryQuery("DGA", null, null), 0, 5)
			.stream()
			.filter(e -> "DGA".equals(e.acronym()))
			.findFirst()
			.orElseThrow();
		var visitor = new WebVisitor(port);
		assertThat(visitor.signIn("claire.martin@dga.armees.example", PASSWORD).location()).doesNotContain("erreur");
		assertThat(visitor.get("/acheteur").body()).contains("/acheteur/entites/" + dga.id() + "/agents");
		var agents = visitor.get("/acheteur/entites/" + dga.id() + "/agents");
		assertThat(agents.status()).isEqualTo(200);
		assertThat(agents.body()).contains("thomas.lefevre@dga.armees.example", "marc.dubois@dga.armees.example");

		var api = new ApiVisitor(port).signIn("claire.martin@dga.armees.example", PASSWORD);
		var mine = api.get("/api/v1/buyer/entities").body();
		assertThat(JsonPath.<List<Boolean>>read(mine, "$[?(@.acronym == 'DGA')].administrator")).containsExactly(true);

		var thomas = new WebVisitor(port);
		thomas.signIn("thomas.lefevre@dga.armees.example", PASSWORD);
		assertThat(thomas.get("/acheteur/entites/" + dga.id() + "/agents").status()).isEqualTo(403);
	}
}
