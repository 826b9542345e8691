package fr.openmarches.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.submission.DepositCalls;

/**
 * Fault: the SMTP server is down (the in-process GreenMail server stopped, its port closed) while
 * a deposit's receipt and other mails are due. They wait in the outbox, are tried again with
 * back-off, and once SMTP is back each arrives exactly once — even with several deliveries
 * racing for them, as several instances would.
 */
@IntegrationTest
class SmtpOutageTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	Mailer mailer;

	@Autowired
	MailDelivery delivery;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void smtpBack() {
		mailbox.start();
		clock.reset();
	}

	@Test
	void aReceiptAndOtherMailsWaitInTheOutboxWhileSmtpIsDownAndEachArrivesOnceWhenItIsBack() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité sans courrier"), "31");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Maintenance des ascenseurs"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, "Sidonie");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Ascenseurs du Midi"));
		var visitor = new WebVisitor(port);
		visitor.signIn(founder.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var client = new DepositCalls(visitor).add(consultation, "OFFER", null, "offre.pdf",
				"Offre de maintenance".getBytes(StandardCharsets.UTF_8));
		var others = List.of(unique("alerte"), unique("question"));

		mailbox.stop();
		var made = client.deposit(consultation, fr.openmarches.opening.OpeningFixtures.openingKeyPair().getPublic(),
				List.of());
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		others.forEach(to -> mailer.send(new Mail(to, "Nouvelle consultation", "Une consultation vous concerne.", null)));
		var everyone = new ArrayList<>(others);
		everyone.add(founder.email());

		await().atMost(Duration.ofSeconds(15)).until(() -> everyone.stream().allMatch(to -> attempts(to) >= 1));
		assertThat(everyone).allSatisfy(to -> assertThat(status(to)).isEqualTo("PENDING"));
		assertThat(jdbc.queryForObject("""
				select count(*) from notification.outbound_attachment a
				join notification.outbound_mail m on m.id = a.mail_id where m.recipient = ?""", Integer.class,
				founder.email())).as("the receipt waits with its PDF").isEqualTo(1);

		clock.advance(Duration.ofMinutes(1));
		delivery.deliverDue();
		assertThat(everyone).allSatisfy(to -> {
			assertThat(attempts(to)).as("tried again").isGreaterThanOrEqualTo(2);
			assertThat(status(to)).isEqualTo("PENDING");
		});

		mailbox.start();
		clock.advance(Duration.ofHours(1)); // past any back-off
		var racing = Executors.newFixedThreadPool(4);
		try {
			var deliveries = new ArrayList<Callable<Integer>>();
			for (int i = 0; i < 4; i++) {
				deliveries.add(delivery::deliverDue);
			}
			racing.invokeAll(deliveries);
		}
		finally {
			racing.shutdown();
		}

		await().atMost(Duration.ofSeconds(15)).until(() -> everyone.stream().allMatch(to -> "SENT".equals(status(to))));
		assertThat(others).allSatisfy(to -> assertThat(mailbox.receivedBy(to)).hasSize(1));
		assertThat(mailbox.receivedBy(founder.email())).singleElement().satisfies(receipt -> {
			assertThat(receipt.subject()).contains("Accusé de réception");
			assertThat(receipt.attachments()).singleElement()
				.satisfies(pdf -> assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
		});
	}

	private int attempts(String to) {
		var attempts = jdbc.queryForObject("select max(attempts) from notification.outbound_mail where recipient = ?",
				Integer.class, to);
		return attempts == null ? 0 : attempts;
	}

	private String status(String to) {
		return jdbc.queryForObject("select string_agg(distinct status, ',') from notification.outbound_mail where recipient = ?",
				String.class, to);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
	}
}
