package fr.openmarches.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail goes through the outbox to a real SMTP server (GreenMail), and survives its outages. */
@IntegrationTest
class MailOutboxTest {

	@Autowired
	Mailer mailer;

	@Autowired
	MailDelivery delivery;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void restore() {
		mailbox.start();
		clock.reset();
	}

	@Test
	void aMailIsDeliveredRightAfterItsTransactionCommits() {
		var to = unique("commit");
		transactions.executeWithoutResult(status -> mailer.send(new Mail(to, "Pli reçu", "Votre pli est reçu.", null)));

		await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.receivedBy(to).isEmpty());
		var received = mailbox.receivedBy(to).getFirst();
		assertThat(received.subject()).isEqualTo("Pli reçu");
		assertThat(received.text()).contains("Votre pli est reçu.");
	}

	@Test
	void aMailOfARolledBackTransactionIsNeverSent() {
		var to = unique("rollback");
		transactions.executeWithoutResult(status -> {
			mailer.send(new Mail(to, "Jamais", "Jamais envoyé.", null));
			status.setRollbackOnly();
		});

		assertThat(delivery.deliverDue()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from notification.outbound_mail where recipient = ?",
				Integer.class, to)).isZero();
		assertThat(mailbox.receivedBy(to)).isEmpty();
	}

	@Test
	void mailsWaitWhileSmtpIsDownAndAllGoOutWhenItIsBack() {
		var recipients = java.util.stream.IntStream.range(0, 3).mapToObj(i -> unique("outage" + i)).toList();
		mailbox.stop();
		recipients.forEach(to -> mailer.send(new Mail(to, "Modification de la consultation", "Le DCE a changé.", null)));

		await().atMost(Duration.ofSeconds(10)).until(() -> recipients.stream().allMatch(this::triedOnce));
		assertThat(recipients).allSatisfy(to -> assertThat(status(to)).isEqualTo("PENDING"));

		mailbox.start();
		clock.advance(Duration.ofMinutes(1)); // past the back-off
		delivery.deliverDue();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> recipients.stream().allMatch(to -> mailbox.receivedBy(to).size() == 1));
		assertThat(recipients).allSatisfy(to -> assertThat(status(to)).isEqualTo("SENT"));
	}

	@Test
	void templatesAreRenderedInTheRecipientsLanguage() {
		var to = unique("template");
		mailer.send(to, "test/greeting", Locale.ENGLISH, Map.of("name", "Ada <script>"));

		await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.receivedBy(to).isEmpty());
		var received = mailbox.receivedBy(to).getFirst();
		assertThat(received.subject()).isEqualTo("Hello Ada <script>");
		assertThat(received.text()).contains("Hello Ada <script>,").contains("The OpenMarchés team");
		assertThat(received.links()).containsExactly("http://localhost:8080/consultations");
	}

	private boolean triedOnce(String to) {
		var attempts = jdbc.queryForObject("select attempts from notification.outbound_mail where recipient = ?",
				Integer.class, to);
		return attempts != null && attempts >= 1;
	}

	private String status(String to) {
		return jdbc.queryForObject("select status from notification.outbound_mail where recipient = ?", String.class, to);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
	}
}
