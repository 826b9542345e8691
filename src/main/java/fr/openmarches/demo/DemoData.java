package fr.openmarches.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.AccountView;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.opening.CommissionKeys;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demonstration data at start-up, once: in an empty database (no organisation yet),
 * in one transaction, under a PostgreSQL advisory lock so that instances starting together do
 * not both create it. Everything goes through the modules' public APIs.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** Key of the advisory lock taken while the demo data is created ("OMDEMO" in ASCII). */
	private static final long LOCK = 0x4f4d44454d4fL;

	private final DemoProperties properties;

	private final Environment environment;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final EntityDirectory directory;

	private final PortalService portals;

	private final CompanyService companies;

	private final ConsultationService consultations;

	private final OpeningKeys openingKeys;

	private final CommissionKeys commissionKeys;

	private final Vault vault;

	private final Clock clock;

	DemoData(DemoProperties properties, Environment environment, TransactionTemplate transactions, JdbcTemplate jdbc,
			AccountService accounts, OrganisationService organisations, EntityDirectory directory,
			PortalService portals, CompanyService companies, ConsultationService consultations, OpeningKeys openingKeys,
			CommissionKeys commissionKeys, Vault vault, Clock clock) {
		this.vault = vault;
		this.properties = properties;
		this.environment = environment;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisations = organisations;
		this.directory = directory;
		this.portals = portals;
		this.companies = companies;
		this.consultations = consultations;
		this.openingKeys = openingKeys;
		this.commissionKeys = commissionKeys;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!properties.enabledWith(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		if (createIfEmpty()) {
			log.info("Demo data created: sign in with any account of docs/demo-accounts.md, password {}",
					DemoPeople.PASSWORD);
		}
	}

	/** Creates the demo data unless an organisation exists; returns whether it did. */
	boolean createIfEmpty() {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
			if (!directory.isEmpty()) {
				return false;
			}
			var people = openAccounts();
			var entities = DemoBuyers.create(organisations, portals, people);
			DemoCompanies.create(companies, people);
			DemoVault.create(vault, people.get(DemoPeople.LEA_FONTAINE), LocalDate.ofInstant(clock.instant(), LegalTime.ZONE));
			var commissions = new DemoCommissions(openingKeys, commissionKeys, entities.commissions(people));
			new DemoConsultations(consultations, commissions, entities, clock).create();
			return true;
		}));
	}

	private Map<DemoPeople.Person, AccountId> openAccounts() {
		var opened = new LinkedHashMap<DemoPeople.Person, AccountId>();
		for (var person : DemoPeople.ALL) {
			var id = accounts.findByEmail(person.email())
				.map(AccountView::id)
				.orElseGet(() -> accounts.open(new NewAccount(person.email(), DemoPeople.PASSWORD, person.givenName(),
						person.familyName(), person.phone(), person.platformRoles())));
			opened.put(person, id);
		}
		return opened;
	}
}
