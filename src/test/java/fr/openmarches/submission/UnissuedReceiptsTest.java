package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.IntegrationTest;
import fr.openmarches.LocalServices;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.signature.PdfSeals;

/**
 * Fault: a deposit whose receipt was not issued (the listener failed, or the platform stopped
 * between the deposit and its receipt). The deposit's receipt is taken off the record, as if it
 * had never been issued; the retry job, run by hand, first fails for a real cause (the timestamp
 * authority refusing the seal's timestamp) and leaves it due, then issues it once the authority is
 * back: one receipt, one mail, and nothing more at the next passes, even two at once.
 */
@IntegrationTest
class UnissuedReceiptsTest {

	@LocalServerPort
	int port;

	@Autowired
	UnissuedReceipts unissued;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	PdfSeals seals;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	DepositScene scene;

	@BeforeEach
	void aPublishedConsultationAndACompany() {
		scene = DepositScene.of(context, "29", "Entretien des phares", "Gwenola", "Phares d’Armor");
	}

	@AfterEach
	void authorityBackAndClockReset() {
		LocalServices.tsa().start();
		clock.reset();
	}

	@Test
	void aDepositWithoutReceiptGetsItOnceFromTheRetryJob() throws Exception {
		var visitor = new WebVisitor(port);
		visitor.signIn(scene.founder().email(), fr.openmarches.company.CompanyFixtures.PASSWORD);
		visitor.get("/");
		var made = new DepositCalls(visitor)
			.add(scene.consultation(), "OFFER", null, "offre.pdf", "Offre pour les phares".getBytes(StandardCharsets.UTF_8))
			.deposit(scene.consultation(), scene.openingKey().getPublic(), List.of());
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		var id = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		var number = JsonPath.<String>read(made.body(), "$.number");
		await().atMost(Duration.ofSeconds(20)).until(() -> receiptMails(number).size() == 1);
		// as if the receipt had never been issued: the listener failed, or the platform stopped first
		jdbc.update("update submission.deposit set receipt_sha256 = null, receipt_issued_at = null where id = ?", id);
		assertThat(visitor.download("/api/v1/me/deposits/" + id + "/receipt").status()).isEqualTo(404);

		assertThat(unissued.issue()).as("the listener's turn: received less than a minute ago").isZero();

		clock.advance(Duration.ofMinutes(2));
		LocalServices.tsa().stop();
		assertThat(unissued.issue()).as("the seal's timestamp refused: not issued").isZero();
		assertThat(receiptOf(id)).isNull();

		LocalServices.tsa().start();
		assertThat(unissued.issue()).isEqualTo(1);
		var sha256 = receiptOf(id);
		assertThat(sha256).isNotNull();
		var mail = await().atMost(Duration.ofSeconds(20)).until(() -> receiptMails(number), mails -> mails.size() == 2)
			.getFirst();
		assertThat(mail.text()).contains(number);
		assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
			assertThat(seals.check(pdf.content()).valid()).isTrue();
			assertThat(UploadCalls.sha256(pdf.content())).isEqualTo(sha256);
		});
		var receipt = visitor.download("/api/v1/me/deposits/" + id + "/receipt");
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.bytes()).isEqualTo(mail.attachments().getFirst().content());

		assertThat(unissued.issue()).as("issued once").isZero();
		assertThat(receiptOf(id)).isEqualTo(sha256);

		// taken off the record again: two passes at once (two instances) issue it once between them
		jdbc.update("update submission.deposit set receipt_sha256 = null, receipt_issued_at = null where id = ?", id);
		try (var executor = Executors.newFixedThreadPool(2)) {
			Callable<Integer> pass = unissued::issue;
			var both = executor.invokeAll(List.of(pass, pass));
			assertThat(both.get(0).get() + both.get(1).get()).isEqualTo(1);
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from notification.outbound_mail where recipient = ? and subject like 'Accusé de réception%'
				and text_body like ?""", Integer.class, scene.founder().email(), "%" + number + "%"))
			.as("three receipt mails in the outbox, all told").isEqualTo(3);
		await().atMost(Duration.ofSeconds(20)).until(() -> receiptMails(number).size() == 3);
		assertThat(jdbc.queryForObject("select count(*) from submission.deposit where id = ? and receipt_sha256 is not null",
				Integer.class, id)).isEqualTo(1);
	}

	private String receiptOf(UUID id) {
		return jdbc.queryForObject("select receipt_sha256 from submission.deposit where id = ?", String.class, id);
	}

	private List<DevelopmentMailbox.ReceivedMail> receiptMails(String number) {
		return mailbox.receivedBy(scene.founder().email())
			.stream()
			.filter(m -> m.subject().contains("Accusé de réception") && m.text().contains(number))
			.toList();
	}
}
