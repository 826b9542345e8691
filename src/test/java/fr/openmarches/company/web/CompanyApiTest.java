package fr.openmarches.company.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.LocalServices;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.ApiCalls;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyRole;
import fr.openmarches.company.CompanyService;
import fr.openmarches.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The company API: the Sirene lookup, the directory, and the company space for its members. */
@IntegrationTest
class CompanyApiTest {

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	@Test
	void theLookupPrefillsFromSireneAndAnswersProblemsOtherwise() {
		var known = Fixtures.uniqueSiret();
		var unknown = Fixtures.uniqueSiret();
		var slow = Fixtures.uniqueSiret();
		LocalServices.insee().knows(CompanyFixtures.headOffice(known, "ATELIERS DU LITTORAL"));
		LocalServices.insee().answersAfter(slow.value(), Duration.ofSeconds(4));
		var api = new ApiCalls(new WebVisitor(port), port);

		var found = api.get("/api/v1/company-lookup?siret=" + known.value());
		var bySiren = api.get("/api/v1/company-lookup?siren=" + known.siren().value());
		var notFound = api.get("/api/v1/company-lookup?siret=" + unknown.value());
		var unavailable = api.get("/api/v1/company-lookup?siret=" + slow.value());
		var invalid = api.get("/api/v1/company-lookup?siret=73282932000075");
		var neither = api.get("/api/v1/company-lookup");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("\"name\":\"ATELIERS DU LITTORAL\"")
			.contains("\"activityCode\":\"33.12Z\"")
			.contains("\"code\":\"5710\",\"label\":\"Société par actions simplifiée (SAS)\"")
			.contains("\"sme\":true")
			.contains("\"street\":\"12 RUE DU PORT\"")
			.contains("\"registered\":false");
		assertThat(bySiren.body()).contains("\"siret\":\"" + known.value() + "\"").contains("\"headOffice\":true");
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.contentType()).startsWith("application/problem+json");
		assertThat(unavailable.status()).isEqualTo(503);
		assertThat(unavailable.body()).contains("Le service est actuellement indisponible.").contains("\"reason\":\"TIMEOUT\"");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("Ce numéro SIRET n'existe pas").contains("\"problem\":\"SIRET_CHECKSUM\"");
		assertThat(neither.status()).isEqualTo(400);
	}

	@Test
	void theOpenApiDocumentDescribesTheLookupTheDirectoryAndTheCompanySpace() {
		var docs = new WebVisitor(port).get("/v3/api-docs", "Accept", "application/json").body();

		assertThat(docs).contains("\"/api/v1/company-lookup\"")
			.contains("Look up a company in the Sirene register")
			.contains("\"/api/v1/companies\"")
			.contains("Search the directory of economic operators")
			.contains("\"/api/v1/companies/{id}\"")
			.contains("\"/api/v1/my-company/members\"")
			.contains("\"/api/v1/my-company/members/{id}/promotion\"")
			.contains("\"/api/v1/my-company/members/{id}/lock\"")
			.contains("\"/api/v1/my-company/fiche\"")
			.contains("\"/api/v1/my-company/products/{id}/image\"")
			.contains("\"name\":\"Company lookup\"")
			.doesNotContain("\"/inscription\"");
	}

	@Test
	void anAdministratorManagesMembersThroughTheApiWithinTheCompanysRules() {
		var admin = CompanyFixtures.person(accounts, "Alix");
		var member = CompanyFixtures.person(accounts, "Malo");
		var company = CompanyFixtures.company(companies, admin, Fixtures.unique("Forge"));
		companies.join(company, member.id());
		var visitor = new WebVisitor(port);
		visitor.signIn(admin.email(), CompanyFixtures.PASSWORD);
		var api = new ApiCalls(visitor, port);

		assertThat(api.get("/api/v1/my-company").body()).contains("\"role\":\"ADMINISTRATOR\"");
		assertThat(api.get("/api/v1/my-company/members").body()).contains(member.email()).contains("\"status\":\"ACTIVE\"");
		var lastAdmin = api.post("/api/v1/my-company/members/" + admin.id() + "/demotion", "{}");
		assertThat(lastAdmin.status()).isEqualTo(409);
		assertThat(lastAdmin.body()).contains("\"reason\":\"LAST_ADMINISTRATOR\"")
			.contains("L’entreprise doit garder au moins un administrateur actif");
		var noReason = api.post("/api/v1/my-company/members/" + member.id() + "/lock", "{\"reason\":\" \"}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("\"field\":\"reason\"").contains("Indiquez la raison du verrouillage");
		assertThat(api.post("/api/v1/my-company/members/" + member.id() + "/lock", "{\"reason\":\"Congé\"}").body())
			.contains("\"status\":\"LOCKED\"").contains("\"lockedReason\":\"Congé\"");
		assertThat(accounts.find(member.id()).orElseThrow().locked()).isTrue();
		assertThat(api.post("/api/v1/my-company/members/" + member.id() + "/promotion", "{}").status()).isEqualTo(409);
		assertThat(api.post("/api/v1/my-company/members/" + member.id() + "/unlock", "{}").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/my-company/members/" + member.id() + "/promotion", "{}").body())
			.contains("\"role\":\"ADMINISTRATOR\"");
		assertThat(companies.find(company).orElseThrow().roleOf(member.id())).contains(CompanyRole.ADMINISTRATOR);

		var forged = api.postWithoutToken("/api/v1/my-company/members/" + member.id() + "/demotion", "{}");
		assertThat(forged.status()).isEqualTo(403);
		var anonymous = new ApiCalls(new WebVisitor(port), port).post("/api/v1/my-company/members/" + member.id()
				+ "/demotion", "{}");
		assertThat(anonymous.status()).isNotEqualTo(200);
		assertThat(companies.find(company).orElseThrow().roleOf(member.id())).contains(CompanyRole.ADMINISTRATOR);
	}

	@Test
	void theFicheAndProductSheetsThroughTheApiWithTheirPictureCheckedByItsBytes() throws IOException {
		var admin = CompanyFixtures.person(accounts, "Alix");
		var company = CompanyFixtures.company(companies, admin, Fixtures.unique("Forge"));
		var visitor = new WebVisitor(port);
		visitor.signIn(admin.email(), CompanyFixtures.PASSWORD);
		var api = new ApiCalls(visitor, port);

		var badFiche = api.put("/api/v1/my-company/fiche", "application/json", """
				{"presentation":"Forge","website":"pas un site","activities":["99999999"],"regions":["BRETAGNE"],
				 "references":[],"certifications":[],"listed":true}""".getBytes());
		assertThat(badFiche.status()).isEqualTo(400);
		assertThat(badFiche.body()).contains("\"field\":\"website\"").contains("\"field\":\"activities[0]\"");
		var fiche = api.put("/api/v1/my-company/fiche", "application/json", """
				{"presentation":"Forge","website":"https://forge.example","activities":["44316000"],"regions":["BRETAGNE"],
				 "references":[{"title":"Grilles","client":"Ville de Vannes","year":2024}],"certifications":["Qualibat"],"listed":true}"""
			.getBytes());
		assertThat(fiche.status()).isEqualTo(200);
		assertThat(fiche.body()).contains("\"activities\":[\"44316000\"]").contains("\"year\":2024");

		var created = api.post("/api/v1/my-company/products", """
				{"name":"Portail forgé","description":"Sur mesure.","cpv":"44316000"}""");
		assertThat(created.status()).isEqualTo(201);
		var id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		var notAPicture = api.put("/api/v1/my-company/products/" + id + "/image", "image/png", "<svg/>".getBytes());
		assertThat(notAPicture.status()).isEqualTo(415);
		var tooLarge = api.put("/api/v1/my-company/products/" + id + "/image", "image/png", new byte[3 * 1024 * 1024]);
		assertThat(tooLarge.status()).isEqualTo(413);
		var illustrated = api.put("/api/v1/my-company/products/" + id + "/image", "image/png", png());
		assertThat(illustrated.status()).isEqualTo(200);
		assertThat(illustrated.body()).contains("/api/v1/my-company/products/" + id + "/image");

		var publicPicture = new WebVisitor(port).get("/annuaire/entreprises/" + company + "/produits/" + id + "/image");
		assertThat(publicPicture.status()).isEqualTo(200);
		assertThat(publicPicture.header("Content-Type")).isEqualTo("image/png");
		assertThat(publicPicture.header("X-Content-Type-Options")).isEqualTo("nosniff");
		var directory = new WebVisitor(port).get("/api/v1/companies/" + company, "Accept", "application/json");
		assertThat(directory.body()).contains("Portail forgé").contains("/annuaire/entreprises/" + company + "/produits/" + id + "/image");
	}

	private static byte[] png() throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}
}
