package fr.openmarches.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The command-line client against the real platform on its port: a deposit of a few megabytes
 * sealed on the client, with its signed receipt, that the commission's opening key opens; a client
 * stopped mid-upload, then the same command resuming without sending again what the server holds;
 * a refused token, no server, a passed deadline: clear errors and their exit statuses.
 */
@IntegrationTest
class CliDepositTest {

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
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BlobStore blobs;

	@TempDir
	Path dir;

	ConsultationId consultation;

	String token;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void aConsultationACompanyAndItsToken() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du client"), "31");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Archivage des plans"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, "Anatole");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Terminaux de Toulouse"));
		var session = new WebVisitor(port);
		session.signIn(founder.email(), CompanyFixtures.PASSWORD);
		session.get("/");
		var made = session.postJson("/api/v1/me/tokens", "{\"name\": \"client en ligne de commande\"}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		token = JsonPath.read(made.body(), "$.secret");
	}

	@Test
	void depositsSealedFilesThatTheCommissionsKeyOpensAndSavesTheSignedReceipt() throws Exception {
		var application = file("dc1.pdf", 1_200_000);
		var memo = file("memoire.pdf", 3_500_000);
		var signature = file("memoire.pdf.p7s", 3_000);

		int status = cli().run("deposer", "--serveur", server(), "--jeton", token, "--etat", dir.resolve("etat").toString(),
				"--recu", dir.toString(), "--morceau-mio", "1", "--consultation", consultation.value().toString(),
				"--candidature", application.toString(), "--offre", memo.toString(), signature.toString(),
				"--copie-sauvegarde", "papier");

		assertThat(status).as(err()).isZero();
		assertThat(out()).contains("Pli déposé : n° OM-").contains("Accusé de réception signé enregistré");
		try (var receipts = Files.list(dir)) {
			var receipt = receipts.filter(f -> f.getFileName().toString().startsWith("accuse-reception-OM-")).findFirst();
			assertThat(receipt).isPresent();
			assertThat(new String(Files.readAllBytes(receipt.get()), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		}
		try (var left = Files.list(dir.resolve("etat"))) {
			assertThat(left).as("the state of a finished deposit is deleted").isEmpty();
		}

		var number = java.util.regex.Pattern.compile("n° (OM-\\d{4}-\\d{6})").matcher(out());
		assertThat(number.find()).isTrue();
		assertThat(cli().run("depots", "--serveur", server(), "--jeton", token, "--etat", dir.resolve("etat").toString()))
			.isZero();
		assertThat(out()).contains(number.group(1)).contains("reçu le").contains(consultation.value().toString());

		var deposit = depositOf(consultation);
		assertThat(jdbc.queryForObject("select backup_copy from submission.deposit where id = ?", String.class, deposit))
			.isEqualTo("PHYSICAL");
		assertThat(jdbc.queryForObject("select signs from submission.deposit_piece where deposit_id = ? and position = 2",
				Integer.class, deposit)).as("the .p7s signs memoire.pdf").isEqualTo(1);
		assertThat(opened(deposit)).containsExactly(Files.readAllBytes(application), Files.readAllBytes(memo),
				Files.readAllBytes(signature));
	}

	@Test
	void aDepositStoppedMidUploadResumesWithoutSendingAgainWhatTheServerHolds() throws Exception {
		var memo = file("offre-volumineuse.bin", 6 * 1024 * 1024 + 100); // 7 chunks of 1 MiB
		var state = dir.resolve("etat");
		String[] command = { "deposer", "--serveur", server(), "--jeton", token, "--etat", state.toString(), "--recu",
				dir.toString(), "--morceau-mio", "1", "--parallele", "1", "--consultation", consultation.value().toString(),
				"--offre", memo.toString() };

		var sentBeforeTheCut = new AtomicInteger();
		assertThatThrownBy(() -> cli().onChunkSent((file, index, bytes) -> {
			if (sentBeforeTheCut.incrementAndGet() == 3) {
				throw new IllegalStateException("client stopped after 3 chunks");
			}
		}).run(command)).hasMessageContaining("stopped");

		List<Path> states;
		try (var files = Files.list(state)) {
			states = files.toList();
		}
		assertThat(states).singleElement();
		var upload = JsonPath.<String>read(Files.readString(states.get(0)), "$.files[0].upload");
		var held = new WebVisitor(port).get("/api/v1/uploads/" + upload, "Authorization", "Bearer " + token);
		assertThat(JsonPath.<List<Integer>>read(held.body(), "$.received")).containsExactly(0, 1, 2);

		assertThat(cli().run("depots", "--serveur", server(), "--jeton", token, "--etat", state.toString())).isZero();
		assertThat(out()).contains("Dépôts interrompus").contains("0 fichier(s) envoyé(s) sur 1");

		var sentAfter = new TreeSet<Long>();
		int status = cli().onChunkSent((file, index, bytes) -> sentAfter.add(index)).run(command);

		assertThat(status).as(err()).isZero();
		assertThat(sentAfter).containsExactly(3L, 4L, 5L, 6L);
		assertThat(out()).contains("Reprise du dépôt interrompu")
			.contains("3 morceau(x) sur 7 déjà reçu(s) par la plateforme, non renvoyé(s)");
		assertThat(opened(depositOf(consultation))).containsExactly(Files.readAllBytes(memo));
	}

	@Test
	void aRefusedTokenNoTokenNoServerAndAPassedDeadlineAreSaidClearly() throws Exception {
		var memo = file("memoire.pdf", 2_000);
		String[] deposit = { "--consultation", consultation.value().toString(), "--etat", dir.resolve("etat").toString(),
				"--offre", memo.toString() };

		assertThat(cli().run(with(deposit, "deposer", "--serveur", server(), "--jeton", "om_pas-un-vrai-jeton"))).isEqualTo(2);
		assertThat(err()).contains("Jeton d’API refusé par la plateforme").contains("inconnu");

		err.reset();
		assertThat(cli().run(with(deposit, "--langue", "en", "deposit", "--server", server(), "--token",
				"om_pas-un-vrai-jeton"))).isEqualTo(2);
		assertThat(err()).contains("API token refused by the platform").contains("unknown");

		err.reset();
		assertThat(cli().run(with(deposit, "deposer", "--serveur", server(), "--jeton", " "))).isEqualTo(1);
		assertThat(err()).contains("Aucun jeton d’API");

		err.reset();
		assertThat(cli().retries(2, Duration.ofMillis(10))
			.run(with(deposit, "deposer", "--serveur", "http://127.0.0.1:1", "--jeton", token))).isEqualTo(4);
		assertThat(err()).contains("ne répond pas").contains("Relancez la même commande");

		err.reset();
		var passed = passedDeadline();
		assertThat(cli().run("deposer", "--serveur", server(), "--jeton", token, "--etat", dir.resolve("etat").toString(),
				"--consultation", passed.value().toString(), "--offre", memo.toString())).isEqualTo(3);
		assertThat(err()).contains("La date limite de remise est passée").contains("--hors-delai");
		assertThat(jdbc.queryForObject("select count(*) from submission.upload where consultation_id = ?", Integer.class,
				passed.value())).as("nothing sent").isZero();
	}

	/** A consultation published ten days ago whose deadline passed yesterday. */
	private ConsultationId passedDeadline() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité en retard"), "31");
		clock.set(clock.instant().minus(Duration.ofDays(10)));
		try {
			var id = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Dépôt tardif"),
					clock.instant().plus(Duration.ofDays(9))));
			ConsultationFixtures.publish(consultations, id);
			return id;
		}
		finally {
			clock.reset();
		}
	}

	/** The files of the company's deposit, opened with the opening private key: the same cryptography. */
	private List<byte[]> opened(UUID deposit) throws Exception {
		var wrapped = jdbc.queryForObject("select wrapped_key from submission.deposit where id = ?", String.class, deposit);
		var contentKey = ContentKeys.unwrap(Base64.getDecoder().decode(wrapped),
				OpeningFixtures.openingKeyOf(consultation).orElseThrow());
		var files = new ArrayList<byte[]>();
		for (var piece : jdbc.queryForList("select sealed_sha256, salt, chunk_size from submission.deposit_piece "
				+ "where deposit_id = ? order by position", deposit)) {
			var plain = new ByteArrayOutputStream();
			try (var sealed = blobs.open(new BlobId((String) piece.get("sealed_sha256")))) {
				SealedFiles.open(sealed, plain, contentKey, Base64.getDecoder().decode((String) piece.get("salt")),
						(Integer) piece.get("chunk_size"));
			}
			files.add(plain.toByteArray());
		}
		return files;
	}

	private UUID depositOf(ConsultationId id) {
		return jdbc.queryForObject("select id from submission.deposit where consultation_id = ?", UUID.class, id.value());
	}

	private Path file(String name, int size) throws IOException {
		var bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return Files.write(dir.resolve(name), bytes);
	}

	private OpenMarchesCli cli() {
		out.reset();
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

	private static String[] with(String[] tail, String... head) {
		var all = new ArrayList<>(List.of(head));
		all.addAll(List.of(tail));
		return all.toArray(String[]::new);
	}

}
