package fr.openmarches.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.openmarches.IntegrationTest;
import fr.openmarches.vault.Vault;
import fr.openmarches.vault.VaultDocument;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyView;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationFinder;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.DirectoryQuery;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo data the suite's database was given at start-up, as its README promises it. */
@IntegrationTest
class DemoDataTest {

	@Autowired
	DemoData demo;

	@Autowired
	EntityDirectory directory;

	@Autowired
	OrganisationService organisations;

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	ConsultationFinder finder;

	@Autowired
	BlobStore blobs;

	@Autowired
	Vault vault;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theMinistryOfTheArmedForcesAndASpaceAgencyBuy() {
		var organisations = directory.organisations().stream().map(o -> o.name()).toList();
		assertThat(organisations).contains("Ministère des Armées", "Centre national d'études spatiales");
		var dga = entity("Direction générale de l'armement");
		assertThat(directory.find(dga.id()).orElseThrow().offices()).isNotEmpty();
		entity("Secrétariat général pour l'administration");
		entity("Service du commissariat des armées");
		entity("CNES — Centre spatial de Toulouse");

		var dgaRoles = this.organisations.agentsOf(dga.id()).stream().flatMap(a -> a.roles().stream()).toList();
		assertThat(dgaRoles).containsOnlyOnce(AgentRole.ENTITY_ADMINISTRATOR);
		assertThat(dgaRoles.stream().filter(AgentRole.COMMISSION_MEMBER::equals)).hasSize(3);
	}

	@Test
	void threeCompaniesOneOfThemAnSmeEachWithAnAdministratorAndAMember() {
		var demoCompanies = DemoPeople.ALL.stream()
			.map(person -> companies.companyOf(accounts.findByEmail(person.email()).orElseThrow().id()))
			.flatMap(Optional::stream)
			.distinct()
			.toList();
		assertThat(demoCompanies).hasSize(3);
		assertThat(demoCompanies).filteredOn(CompanyView::sme).hasSize(1);
		assertThat(demoCompanies).allSatisfy(company -> {
			assertThat(company.members()).hasSize(2);
			assertThat(company.headOffice()).isPresent();
		});
	}

	@Test
	void theSmesVaultHoldsADocumentInEveryStateOfValidity() {
		var lea = accounts.findByEmail(DemoPeople.LEA_FONTAINE.email()).orElseThrow().id();
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
		var documents = vault.documents(lea);
		assertThat(documents).hasSize(4);
		assertThat(documents).extracting(document -> document.validity(today))
			.containsExactlyInAnyOrder(VaultDocument.Validity.VALID, VaultDocument.Validity.VALID,
					VaultDocument.Validity.EXPIRES_SOON, VaultDocument.Validity.EXPIRED);
		assertThat(documents).allSatisfy(document -> assertThat(document.current().mediaType()).isEqualTo("application/pdf"));
	}

	@Test
	void consultationsInEveryStateAroundNow() {
		var states = new EnumMap<ConsultationState, Integer>(ConsultationState.class);
		var realNow = java.time.Instant.now();
		int open = 0;
		for (var entity : demoEntities()) {
			var search = new FinderQuery(null, null, null, entity.id(), null, null, null, null, null, null, Set.of(), null);
			for (var c : finder.find(search, 0, 100).page()) {
				states.merge(c.state(), 1, Integer::sum);
				// published with a deadline still ahead; a test that moved the shared clock past it may have closed it since
				if ((c.state() == ConsultationState.PUBLISHED || c.state() == ConsultationState.CLOSED)
						&& c.depositDeadline().isAfter(realNow)) {
					open++;
				}
			}
		}
		assertThat(open).isGreaterThanOrEqualTo(5);
		assertThat(states).containsKeys(ConsultationState.CLOSED, ConsultationState.AWARDED,
				ConsultationState.UNSUCCESSFUL, ConsultationState.CANCELLED);
		assertThat(jdbc.queryForObject(
				"select count(*) from consultation.consultation where state = 'DRAFT' and reference like '%-DGA-0163'",
				Integer.class)).isEqualTo(1);
		assertThat(catalogue.training(0, 100).getContent()).extracting(ConsultationSummary::title)
			.anyMatch(title -> title.startsWith("Consultation de test"));
	}

	@Test
	void theDocumentsAreRealPdfFilesAboutTheirConsultation() throws IOException {
		var summary = finder.find(FinderQuery.words("portables durcis", FinderQuery.Mode.APPROACHING), 0, 1)
			.page()
			.getContent()
			.getFirst();
		ConsultationDetails details = catalogue.find(summary.id()).orElseThrow();
		assertThat(details.lots()).hasSize(2);
		assertThat(details.documents()).extracting(ConsultationDetails.DocumentView::fileName)
			.containsExactly("avis.pdf", "RC.pdf", "CCAP.pdf", "CCTP.pdf", "BPU.pdf");
		for (var document : details.documents()) {
			try (var in = blobs.open(document.blob()); var pdf = Loader.loadPDF(in.readAllBytes())) {
				assertThat(new PDFTextStripper().getText(pdf)).contains(details.reference());
			}
		}
		var works = finder.find(FinderQuery.words("fort de Vincennes", FinderQuery.Mode.APPROACHING), 0, 1)
			.page()
			.getContent()
			.getFirst();
		assertThat(catalogue.find(works.id()).orElseThrow().pieces()).anySatisfy(piece -> {
			assertThat(piece.dematerialised()).isFalse();
			assertThat(piece.howToObtain()).contains("rendez-vous");
		});
	}

	@Test
	void creatingItAgainChangesNothing() {
		var before = jdbc.queryForObject("select count(*) from consultation.consultation", Integer.class);
		assertThat(demo.createIfEmpty()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from consultation.consultation", Integer.class)).isEqualTo(before);
	}

	@Test
	void everyDemoAccountSignsInWithTheDocumentedPassword() throws Exception {
		for (var person : DemoPeople.ALL) {
			mvc.perform(formLogin("/connexion").userParameter("email")
				.passwordParam("password")
				.user(person.email())
				.password("demo-openmarches")).andExpect(authenticated());
		}
	}

	@Test
	void theAccountsPageListsExactlyTheDemoAccounts() throws IOException {
		var page = Files.readString(Path.of("docs/demo-accounts.md"));
		assertThat(page).contains("**`" + DemoPeople.PASSWORD + "`**");
		for (var person : DemoPeople.ALL) {
			assertThat(page).contains("| " + person.email() + " | " + person.role() + " | " + person.organisation() + " |");
		}
		var listed = Pattern.compile("^\\| (\\S+@\\S+) \\|", Pattern.MULTILINE).matcher(page).results().count();
		assertThat(listed).isEqualTo(DemoPeople.ALL.size());
	}

	private EntitySummary entity(String name) {
		var found = directory.search(new DirectoryQuery(name, null, null), 0, 10).getContent();
		assertThat(found).as(name).extracting(EntitySummary::name).contains(name);
		return found.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
	}

	private List<EntitySummary> demoEntities() {
		return List.of(entity("Direction générale de l'armement"),
				entity("Secrétariat général pour l'administration"), entity("Service du commissariat des armées"),
				entity("CNES — Centre spatial de Toulouse"));
	}
}
