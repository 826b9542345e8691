package fr.openmarches.alert;

import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the alert tests start from: a signed-in company member ({@link #person}, {@link #email}),
 * a purchasing entity of their own and a keyword nobody else uses, and the parts that publish
 * consultations, run the alerts and receive the mail.
 */
@IntegrationTest
abstract class SignedInWatcher {

	static final String PASSWORD = "un mot de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	Alerts alerts;

	@Autowired
	AlertRun run;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	MutableClock clock;

	PurchasingEntityId entity;

	String keyword;

	String email;

	WebVisitor person;

	@BeforeEach
	void aSignedInPersonAndAKeywordNobodyElseUses() {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des alertes"), "33");
		keyword = "Zorglub" + Fixtures.unique("").replaceAll("\\W", "");
		email = Fixtures.unique("veille").replace(' ', '-').toLowerCase() + "@example.fr";
		accounts.open(new NewAccount(email, PASSWORD, "Inès", "Veille", null, Set.of(Role.SUPPLIER_MEMBER)));
		person = new WebVisitor(port);
		person.signIn(email, PASSWORD);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}
}
