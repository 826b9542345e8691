package fr.openmarches.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.evidence.DailyHeads;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.signature.Timestamps;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code verifier-recu} against the real platform on its port: a deposit made with the client, its
 * receipt, the night's head timestamped — the client proves it alone (exit 0, a line per check);
 * then one row of the evidence log changed in the database: the chain breaks at that entry; then
 * a trust anchor that is not the platform's: the head's token is refused.
 */
@IntegrationTest
class CliVerifyReceiptTest {

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
	DailyHeads heads;

	@Autowired
	Timestamps timestamps;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void provesAReceiptAloneAndNamesTheBrokenCheckWhenTheLogOrTheAnchorIsWrong() throws Exception {
		var receipt = depositedReceipt();
		var data = ReceiptProof.fromPdf(receipt);
		var platform = pem("plateforme.pem", timestamps.platformCertificate());

		// the night's head is timestamped
		clock.set(heads.nextAt().plus(Duration.ofMinutes(2)));
		heads.stampIfDue(); // the scheduler may have taken it first: it is published all the same

		int status = cli().run("verifier-recu", receipt.toString(), "--serveur", server(), "--confiance", platform.toString());
		assertThat(status).as(err()).isZero();
		assertThat(out()).contains("Accusé de réception : pli")
			.contains("✓ Chaîne : entrées n° " + data.sequence() + " à ")
			.contains("✓ Tête du ")
			.contains("✓ Jeton d’horodatage de la tête : signature valide, autorité de confiance")
			.contains("✓ Dépôt : l’entrée n° " + data.sequence() + " est la réception du pli " + data.deposit())
			.contains("✓ Horodatage du dépôt")
			.contains("Accusé de réception vérifié");

		// the same proof from the receipt's data, in English, the receipt after the anchors
		assertThat(cli().run("--langue", "en", "verify-receipt", "--server", server(), "--trust", platform.toString(),
				"--deposit", data.deposit().toString(), "--manifest-sha256", HexFormat.of().formatHex(data.manifestSha256()),
				"--entry", Long.toString(data.sequence()))).as(err()).isZero();
		assertThat(out()).contains("✓ Chain: entries no. " + data.sequence()).contains("Receipt verified");

		// another manifest hash than the deposit's: the entry is not the receipt's
		var otherHash = HexFormat.of().formatHex(ReceiptProof.sha256("un autre manifeste".getBytes(StandardCharsets.UTF_8)));
		assertThat(cli().run("verifier-recu", "--serveur", server(), "--confiance", platform.toString(), "--depot",
				data.deposit().toString(), "--empreinte", otherHash, "--entree", Long.toString(data.sequence())))
			.isEqualTo(Problem.UNPROVEN);
		assertThat(err()).contains("✗ Dépôt : l’entrée n° " + data.sequence() + " n’est pas celle de l’accusé de réception");

		// a timestamp authority this user trusts, but not the platform's: the head's token is refused
		var stranger = pem("autre-autorite.pem", selfSigned());
		assertThat(cli().run("verifier-recu", receipt.toString(), "--serveur", server(), "--confiance", stranger.toString()))
			.isEqualTo(Problem.UNPROVEN);
		assertThat(err()).contains("✗ Jeton d’horodatage de la tête refusé").contains("n’est pas un certificat de confiance");
		assertThat(out()).contains("✓ Chaîne").doesNotContain("✓ Jeton");

		// the deposit's entry rewritten in the database (past the append-only trigger, as a superuser could)
		var original = jdbc.queryForObject("select payload_sha256 from evidence.entry where sequence = ?", byte[].class,
				data.sequence());
		rewrite(data.sequence(), ReceiptProof.sha256("un autre manifeste".getBytes(StandardCharsets.UTF_8)));
		try {
			assertThat(cli().run("verifier-recu", receipt.toString(), "--serveur", server(), "--confiance", platform.toString()))
				.isEqualTo(Problem.UNPROVEN);
			assertThat(err()).contains("✗ Chaîne rompue à l’entrée n° " + data.sequence())
				.contains("son empreinte recalculée n’est pas celle qu’elle annonce");
			assertThat(out()).doesNotContain("✓");
		}
		finally {
			rewrite(data.sequence(), original);
		}
		assertThat(cli().run("verifier-recu", receipt.toString(), "--serveur", server(), "--confiance", platform.toString()))
			.as("restored: " + err()).isZero();
	}

	@Test
	void withoutAReceiptOrATrustAnchorItSaysWhatIsMissing() throws Exception {
		assertThat(cli().run("verifier-recu", "--serveur", server(), "--confiance", dir.resolve("x.pem").toString()))
			.isEqualTo(Problem.USAGE);
		assertThat(err()).contains("Indiquez l’accusé de réception");
		var notAPdf = Files.writeString(dir.resolve("recu.pdf"), "pas un PDF");
		assertThat(cli().run("verifier-recu", notAPdf.toString(), "--serveur", server())).isEqualTo(Problem.USAGE);
		assertThat(err()).contains("Accusé de réception illisible");
		assertThat(cli().run("verifier-recu", "--depot", "pas-un-uuid", "--empreinte", "00", "--entree", "1", "--serveur",
				server())).isEqualTo(Problem.USAGE);
		assertThat(err()).contains("Données d’accusé de réception invalides");
		assertThat(cli().run("verifier-recu", "--depot", java.util.UUID.randomUUID().toString(), "--empreinte", "ab".repeat(32),
				"--entree", "1", "--serveur", server())).isEqualTo(Problem.USAGE);
		assertThat(err()).contains("Indiquez au moins un certificat de confiance");
	}

	/** A deposit made with the client, its signed receipt saved. */
	private Path depositedReceipt() throws IOException {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité vérificatrice"), "33");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Preuve des dépôts"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, "Prudence");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Vérifications de Bordeaux"));
		var session = new WebVisitor(port);
		session.signIn(founder.email(), CompanyFixtures.PASSWORD);
		session.get("/");
		var made = session.postJson("/api/v1/me/tokens", "{\"name\": \"vérification\"}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		String token = JsonPath.read(made.body(), "$.secret");
		var bytes = new byte[200_000];
		new Random(7).nextBytes(bytes);
		var offer = Files.write(dir.resolve("offre.pdf"), bytes);
		var receipt = dir.resolve("recu.pdf");
		assertThat(cli().run("deposer", "--serveur", server(), "--jeton", token, "--etat", dir.resolve("etat").toString(),
				"--recu", receipt.toString(), "--consultation", consultation.value().toString(), "--offre", offer.toString()))
			.as(err()).isZero();
		return receipt;
	}

	private void rewrite(long sequence, byte[] payload) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.execute("set local session_replication_role = replica");
			jdbc.update("update evidence.entry set payload_sha256 = ? where sequence = ?", payload, sequence);
		});
	}

	private Path pem(String name, X509Certificate certificate) throws Exception {
		var text = "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
		return Files.writeString(dir.resolve(name), text);
	}

	private static X509Certificate selfSigned() throws Exception {
		var generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		var keys = generator.generateKeyPair();
		var name = new X500Name("CN=Autre autorité d'horodatage");
		var now = System.currentTimeMillis();
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now), new Date(now - 86_400_000L),
				new Date(now + 365 * 86_400_000L), name, keys.getPublic());
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
	}

	private OpenMarchesCli cli() {
		out.reset();
		err.reset();
		return new OpenMarchesCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Locale.FRENCH);
	}

	private String server() {
		return "http://localhost:" + port;
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
