package fr.openmarches.company.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.LocalServices;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CollaboratorStatus;
import fr.openmarches.company.CompanyAdministration;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyFixtures.Person;
import fr.openmarches.company.CompanyRole;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyView;
import fr.openmarches.company.sirene.LocalInsee;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The company space's pages over HTTP: establishments, invitations, moving, leaving, joining again. */
@IntegrationTest
class CompanySpacePagesTest {

	@Autowired
	CompanyService companies;

	@Autowired
	CompanyAdministration administration;

	@Autowired
	AccountService accounts;

	@Autowired
	DevelopmentMailbox mailbox;

	@LocalServerPort
	int port;

	@Test
	void anAdministratorAddsAnEstablishmentLookedUpInSirene() {
		var admin = CompanyFixtures.person(accounts, "Anne");
		var company = CompanyFixtures.company(companies, admin, Fixtures.unique("Scierie"));
		var siren = companies.find(company).orElseThrow().siren();
		var brest = CompanyFixtures.siret(siren, "0003");
		LocalServices.insee().knows(new LocalInsee.Establishment(brest.value(), "SCIERIE", "16.10A", "5710", "PME", "4",
				"RTE", "DE GOUESNOU", "29200", "BREST", false, false));
		var visitor = signedIn(admin);

		var otherCompany = visitor.get("/entreprise/etablissements/nouveau?siret=" + Fixtures.uniqueSiret().value());
		assertThat(otherCompany.body()).contains("id=\"siret-error\"").contains("n’est pas celui d’un établissement");
		var form = visitor.get("/entreprise/etablissements/nouveau?siret=" + brest.value());
		assertThat(form.body()).contains("id=\"sirene-found\"").contains("value=\"4 ROUTE DE GOUESNOU\"")
			.contains("id=\"headOffice-no\" name=\"headOffice\" value=\"false\" checked=\"checked\"");
		var added = visitor.post("/entreprise/etablissements", Map.of("siret", brest.value(), "headOffice", "false",
				"street", "4 ROUTE DE GOUESNOU", "postcode", "29200", "city", "BREST", "origin", "FOUND"));

		assertThat(added.location()).endsWith("/entreprise/etablissements");
		assertThat(visitor.get("/entreprise/etablissements").body()).contains(brest.formatted())
			.contains("L’établissement " + brest.formatted() + " est ajouté.");
		assertThat(companies.find(company).orElseThrow().establishments()).extracting(CompanyView.EstablishmentView::siret)
			.contains(brest);
	}

	@Test
	void anAdministratorInvitesAColleagueWhoIsInvitedUntilTheyChooseAPassword() {
		var admin = CompanyFixtures.person(accounts, "Anne");
		var company = CompanyFixtures.company(companies, admin, Fixtures.unique("Scierie"));
		var email = Fixtures.unique("colin").replace(" ", ".") + "@scierie.example";
		var visitor = signedIn(admin);
		visitor.get("/entreprise/collaborateurs/invitation");

		var invalid = visitor.post("/entreprise/collaborateurs/invitation",
				Map.of("email", "pas une adresse", "familyName", "Colin", "givenName", ""));
		assertThat(invalid.body()).contains("id=\"email-error\"").contains("id=\"givenName-error\"")
			.contains("value=\"Colin\"");
		var sent = visitor.post("/entreprise/collaborateurs/invitation",
				Map.of("email", email, "familyName", "Colin", "givenName", "Hugo", "phone", ""));

		assertThat(sent.location()).endsWith("/entreprise/collaborateurs");
		assertThat(visitor.get(sent.location()).body()).contains("Une invitation a été envoyée à " + email)
			.contains("Invité");
		var invitee = accounts.findByEmail(email).orElseThrow();
		assertThat(administration.collaborator(admin.id(), invitee.id()).status()).isEqualTo(CollaboratorStatus.INVITED);
		assertThat(companies.find(company).orElseThrow().roleOf(invitee.id())).contains(CompanyRole.MEMBER);
		await().atMost(Duration.ofSeconds(15)).until(() -> !mailbox.receivedBy(email).isEmpty());
		assertThat(mailbox.receivedBy(email).getFirst().text()).contains(admin.displayName());
		var promotion = visitor.post("/entreprise/collaborateurs/" + invitee.id() + "/promotion", Map.of());
		assertThat(visitor.get(promotion.location()).body()).contains("n’a pas encore activé son compte");
		assertThat(companies.find(company).orElseThrow().roleOf(invitee.id())).contains(CompanyRole.MEMBER);
	}

	@Test
	void aMemberMovesToAnotherCompanyButTheLastAdministratorIsToldToAppointAnotherFirst() {
		var admin = CompanyFixtures.person(accounts, "Anne");
		var member = CompanyFixtures.person(accounts, "Bastien");
		var company = CompanyFixtures.company(companies, admin, Fixtures.unique("Scierie"));
		companies.join(company, member.id());
		var other = CompanyFixtures.company(companies, CompanyFixtures.person(accounts, "Chloé"), Fixtures.unique("Tonnellerie"));
		var otherSiren = companies.find(other).orElseThrow().siren();

		var adminVisitor = signedIn(admin);
		adminVisitor.get("/entreprise/changer/choix?number=" + otherSiren.value());
		var refused = adminVisitor.post("/entreprise/changer", Map.of("number", otherSiren.value(), "origin", "FOUND"));
		assertThat(refused.body()).contains("id=\"refusal\"").contains("L’entreprise doit garder au moins un administrateur actif");
		assertThat(companies.companyOf(admin.id()).map(CompanyView::id)).contains(company);

		var memberVisitor = signedIn(member);
		var form = memberVisitor.get("/entreprise/changer/choix?number=" + otherSiren.value());
		assertThat(form.body()).contains("id=\"company-registered\"");
		var moved = memberVisitor.post("/entreprise/changer", Map.of("number", otherSiren.value(), "origin", "FOUND"));
		assertThat(moved.location()).endsWith("/entreprise");
		assertThat(companies.companyOf(member.id()).map(CompanyView::id)).contains(other);
		assertThat(companies.find(company).orElseThrow().member(member.id())).isEmpty();
	}

	@Test
	void someoneRemovedFromTheirCompanyIsOfferedToJoinOneAgain() {
		var admin = CompanyFixtures.person(accounts, "Anne");
		var member = CompanyFixtures.person(accounts, "Bastien");
		var company = CompanyFixtures.company(companies, admin, Fixtures.unique("Scierie"));
		companies.join(company, member.id());
		var memberVisitor = signedIn(member);
		var siren = companies.find(company).orElseThrow().siren();

		var adminVisitor = signedIn(admin);
		adminVisitor.get("/entreprise/collaborateurs/" + member.id() + "/retrait");
		adminVisitor.post("/entreprise/collaborateurs/" + member.id() + "/retrait", Map.of());
		assertThat(companies.find(company).orElseThrow().member(member.id())).isEmpty();

		var space = memberVisitor.get("/entreprise");
		assertThat(space.status()).isEqualTo(302);
		assertThat(space.location()).endsWith("/mon-espace/entreprise");
		assertThat(memberVisitor.get("/mon-espace/entreprise").body()).contains("Rattacher mon compte à une entreprise");
		memberVisitor.get("/mon-espace/entreprise/choix?number=" + siren.value());
		var joined = memberVisitor.post("/mon-espace/entreprise", Map.of("number", siren.value(), "origin", "FOUND"));
		assertThat(joined.location()).endsWith("/entreprise");
		assertThat(companies.find(company).orElseThrow().roleOf(member.id())).contains(CompanyRole.MEMBER);
	}

	private WebVisitor signedIn(Person person) {
		var visitor = new WebVisitor(port);
		assertThat(visitor.signIn(person.email(), CompanyFixtures.PASSWORD).location()).doesNotContain("erreur");
		return visitor;
	}
}
