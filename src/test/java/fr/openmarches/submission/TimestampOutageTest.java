package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.IntegrationTest;
import fr.openmarches.LocalServices;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.evidence.EvidenceKind;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.evidence.ReceiptVerification;
import fr.openmarches.evidence.Verification;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.signature.PdfSeals;
import fr.openmarches.signature.Timestamps;

/**
 * Fault: the external timestamp authority is down. The suite's authority
 * ({@link LocalServices#tsa()}, a real HTTP server) is stopped: a deposit is still received,
 * receipted at the platform's time and marked « horodatage en attente » everywhere, and the
 * supplier is told. Once the authority listens again, the retry job stamps the same manifest hash,
 * chains it into the evidence log and the final receipt is mailed.
 */
@IntegrationTest
class TimestampOutageTest {

	@LocalServerPort
	int port;

	@Autowired
	EvidenceLog evidence;

	@Autowired
	Timestamps timestamps;

	@Autowired
	PdfSeals seals;

	@Autowired
	DepositRegister register;

	@Autowired
	PendingTimestamps pendingTimestamps;

	@Autowired
	ReceiptVerification verification;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	ConsultationId consultation;

	KeyPair openingKey;

	CompanyFixtures.Person founder;

	@BeforeEach
	void aPublishedConsultationAndACompany() {
		var scene = DepositScene.of(context, "13", "Nettoyage des locaux", "Hortense", "Propreté du Lot");
		consultation = scene.consultation();
		openingKey = scene.openingKey();
		founder = scene.founder();
	}

	@AfterEach
	void authorityBackAndClockReset() {
		LocalServices.tsa().start();
		clock.reset();
	}

	@Test
	void aDepositMadeWhileTheAuthorityIsDownIsReceiptedPendingThenStampedOnTheSameHashWhenItIsBack() throws Exception {
		var visitor = signedIn(founder);
		var client = new DepositCalls(visitor).add(consultation, "OFFER", null, "offre.pdf",
				"Offre de nettoyage".getBytes(StandardCharsets.UTF_8));
		LocalServices.tsa().stop();

		var made = client.deposit(consultation, openingKey.getPublic(), List.of());

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(JsonPath.<Boolean>read(made.body(), "$.timestampPending")).isTrue();
		var id = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		var manifestSha = JsonPath.<String>read(made.body(), "$.manifestSha256");
		assertThat(evidence.entriesAbout(id)).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(EvidenceKind.DEPOSIT_RECEIVED);
			assertThat(entry.timestamp()).as("no token while the authority is down").isNull();
		});
		assertThat(evidence.verify().intact()).isTrue();

		var pendingMail = await().atMost(Duration.ofSeconds(15))
			.until(() -> mailbox.receivedBy(founder.email()).stream()
				.filter(m -> m.subject().contains("Accusé de réception")).toList(), mails -> !mails.isEmpty())
			.getFirst();
		assertThat(pendingMail.text()).contains("Horodatage en attente");
		assertThat(pendingMail.attachments()).singleElement().satisfies(pdf -> {
			var check = seals.check(pdf.content());
			assertThat(check.intact()).isTrue();
			assertThat(check.timestampTime()).as("sealed without a timestamp").isNull();
			assertThat(DepositTest.text(pdf.content())).contains("Horodatage en attente").contains(manifestSha);
		});
		assertThat(visitor.get("/mon-espace/depots/" + id).body()).contains("id=\"timestamp-pending\"")
			.contains("Horodatage en attente");
		assertThat(JsonPath.<Boolean>read(visitor.get("/api/v1/me/deposits/" + id).body(), "$.timestampPending")).isTrue();
		assertThat(register.of(consultation)).singleElement().satisfies(e -> assertThat(e.timestampPending()).isTrue());
		var pendingCheck = verification.verifyPdf(pendingMail.attachments().getFirst().content());
		assertThat(pendingCheck.verdict()).isEqualTo(Verification.Verdict.PENDING);
		assertThat(pendingCheck.steps()).anySatisfy(step -> {
			assertThat(step.check()).isEqualTo(Verification.Check.ENTRY_TIMESTAMP);
			assertThat(step.outcome()).isEqualTo(Verification.Outcome.PENDING);
		});

		clock.advance(Duration.ofMinutes(2));
		assertThat(pendingTimestamps.retry()).as("still down: nothing stamped").isZero();
		assertThat(evidence.entriesAbout(id)).hasSize(1);

		LocalServices.tsa().start();
		clock.advance(Duration.ofMinutes(5));
		assertThat(pendingTimestamps.retry()).isEqualTo(1);

		var entries = evidence.entriesAbout(id);
		assertThat(entries).hasSize(2);
		var stamped = entries.get(1);
		assertThat(stamped.kind()).isEqualTo(EvidenceKind.DEPOSIT_TIMESTAMPED);
		assertThat(HexFormat.of().formatHex(stamped.payloadSha256())).isEqualTo(manifestSha);
		var token = timestamps.verify(stamped.timestamp().der(), HexFormat.of().parseHex(manifestSha));
		assertThat(token.imprint()).isEqualTo(HexFormat.of().parseHex(manifestSha));
		assertThat(evidence.verify().intact()).isTrue();
		assertThat(pendingTimestamps.retry()).as("stamped once").isZero();

		var finalMail = await().atMost(Duration.ofSeconds(15))
			.until(() -> mailbox.receivedBy(founder.email()).stream()
				.filter(m -> m.subject().contains("définitif")).toList(), mails -> !mails.isEmpty())
			.getFirst();
		assertThat(finalMail.attachments()).singleElement().satisfies(pdf -> {
			var check = seals.check(pdf.content());
			assertThat(check.valid()).isTrue();
			assertThat(check.timestampTime()).isNotNull();
			assertThat(DepositTest.text(pdf.content())).doesNotContain("Horodatage en attente")
				.contains("obtenu après le dépôt")
				.contains(manifestSha);
		});
		assertThat(verification.verifyPdf(finalMail.attachments().getFirst().content()).steps()).anySatisfy(step -> {
			assertThat(step.check()).isEqualTo(Verification.Check.ENTRY_TIMESTAMP);
			assertThat(step.outcome()).as(step.detail()).isEqualTo(Verification.Outcome.PASSED);
		});
		var receipt = visitor.download("/api/v1/me/deposits/" + id + "/receipt");
		assertThat(receipt.bytes()).isEqualTo(finalMail.attachments().getFirst().content());
		assertThat(JsonPath.<Boolean>read(visitor.get("/api/v1/me/deposits/" + id).body(), "$.timestampPending")).isFalse();
		assertThat(register.of(consultation)).singleElement().satisfies(e -> assertThat(e.timestampPending()).isFalse());
		assertThat(mailbox.receivedBy(founder.email()).stream().filter(m -> m.subject().contains("Accusé de réception")
				|| m.subject().contains("définitif"))).as("told twice, once each").hasSize(2);
	}

	private WebVisitor signedIn(CompanyFixtures.Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}
}
