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
			var states = left.toList();
			assertThat(states).as("the state of a finished deposit is kept, marked done").singleElement();
			var kept = Files.readString(states.get(0));
			assertThat(JsonPath.<Boolean>read(kept, "$.done")).isTrue();
			assertThat(JsonPath.<String>read(kept, "$.contentKey")).as("the content key, needed no more, is erased").isNull();
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
	void aClientKilledBetweenTheFinalisationAndItsStateFindsItsDepositAndMakesNoOther() throws Exception {
		var application = file("dc1.pdf", 300_000);
		var memo = file("memoire.pdf", 2_500_000);
		var state = dir.resolve("etat");
		String[] command = { "deposer", "--serveur", server(), "--jeton", token, "--etat", state.toString(), "--recu",
				dir.toString(), "--morceau-mio", "1", "--consultation", consultation.value().toString(), "--candidature",
				application.toString(), "--offre", memo.toString() };

		assertThatThrownBy(() -> cli().onFinalised(() -> {
			throw new IllegalStateException("client killed once the deposit was finalised");
		}).run(command)).hasMessageContaining("killed");

		var deposit = depositOf(consultation);
		int uploads = uploadsOf(consultation);
		assertThat(uploads).isEqualTo(2);
		var saved = stateOf(state);
		assertThat(JsonPath.<String>read(saved, "$.depositId")).as("the state does not know the deposit").isNull();
		assertThat(receipts()).isEmpty();

		// a state whose files are not those of the deposit its uploads went into: not taken for it
		var stateFile = stateFileOf(state);
		var tampered = saved.replaceFirst("\"salt\": \"[^\"]+\"", "\"salt\": \"" + Base64.getEncoder().encodeToString(new byte[16]) + "\"");
		assertThat(tampered).isNotEqualTo(saved);
		Files.writeString(stateFile, tampered);
		err.reset();
		assertThat(cli().run(command)).isEqualTo(Problem.FAILED);
		assertThat(err()).contains("ne correspond pas à l’état enregistré");
		assertThat(depositsOf(consultation)).isEqualTo(1);
		Files.writeString(stateFile, saved);

		var sent = new AtomicInteger();
		int status = cli().onChunkSent((file, index, bytes) -> sent.incrementAndGet()).run(command);

		assertThat(status).as(err()).isZero();
		var number = jdbc.queryForObject("select number from submission.deposit where id = ?", String.class, deposit);
		assertThat(out()).contains("Reprise du dépôt interrompu")
			.contains("Pli déposé : n° " + number + ", reçu le")
			.contains("2 fichier(s)")
			.contains("Pli retrouvé sur la plateforme")
			.contains("Accusé de réception signé enregistré");
		assertThat(sent).as("nothing sent again").hasValue(0);
		assertThat(depositsOf(consultation)).as("no second deposit").isEqualTo(1);
		assertThat(uploadsOf(consultation)).isEqualTo(uploads);
		assertThat(receipts()).singleElement().satisfies(receipt -> {
			assertThat(receipt.getFileName().toString()).isEqualTo("accuse-reception-" + number + ".pdf");
			var proof = ReceiptProof.fromPdf(receipt);
			assertThat(proof.deposit()).isEqualTo(deposit);
			assertThat(java.util.HexFormat.of().formatHex(proof.manifestSha256())).isEqualTo(
					jdbc.queryForObject("select manifest_sha256 from submission.deposit where id = ?", String.class, deposit));
		});
		saved = stateOf(state);
		assertThat(JsonPath.<String>read(saved, "$.depositId")).isEqualTo(deposit.toString());
		assertThat(JsonPath.<Boolean>read(saved, "$.done")).isTrue();

		// the same command once more: the deposit is made, none other is
		status = cli().onChunkSent((file, index, bytes) -> sent.incrementAndGet()).run(command);
		assertThat(status).as(err()).isZero();
		assertThat(out()).contains("Ce dépôt est déjà fait : pli n° " + number).contains("Aucun nouveau pli");
		assertThat(sent).hasValue(0);
		assertThat(depositsOf(consultation)).isEqualTo(1);
		assertThat(uploadsOf(consultation)).isEqualTo(uploads);

		// other files to the same consultation: not without asking, since they would replace the deposit
		var other = file("memoire-v2.pdf", 40_000);
		String[] another = { "deposer", "--serveur", server(), "--jeton", token, "--etat", state.toString(), "--recu",
				dir.toString(), "--consultation", consultation.value().toString(), "--offre", other.toString() };
		err.reset();
		assertThat(cli().run(another)).isEqualTo(3);
		assertThat(err()).contains("Votre entreprise a déjà déposé un pli pour cette consultation (n° " + number)
			.contains("--nouveau-depot");
		assertThat(depositsOf(consultation)).isEqualTo(1);
		assertThat(uploadsOf(consultation)).as("nothing sent").isEqualTo(uploads);

		assertThat(cli().run(and(another, "--nouveau-depot"))).as(err()).isZero();
		assertThat(depositsOf(consultation)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select superseded_by is not null from submission.deposit where id = ?",
				Boolean.class, deposit)).as("the first deposit is superseded").isTrue();
	}

	@Test
	void twoRunsOfTheSameCommandAtOnceMakeOneDepositAndTheLaterFinalisationRecoversIt() throws Exception {
		var memo = file("memoire.pdf", 2_500_000); // 3 chunks of 1 MiB
		String[] command = { "deposer", "--serveur", server(), "--jeton", token, "--etat", dir.resolve("etat").toString(),
				"--recu", dir.toString(), "--morceau-mio", "1", "--parallele", "1", "--consultation",
				consultation.value().toString(), "--offre", memo.toString() };
		var otherOut = new ByteArrayOutputStream();
		var otherStatus = new AtomicInteger(-1);

		// the first run, its last chunk sent, waits while a second run of the same command does the whole deposit
		int status = cli().onChunkSent((file, index, bytes) -> {
			if (index == 2 && otherStatus.get() < 0) {
				otherStatus.set(new OpenMarchesCli(new PrintStream(otherOut, true, StandardCharsets.UTF_8),
						new PrintStream(otherOut, true, StandardCharsets.UTF_8), Locale.FRENCH).run(command));
			}
		}).run(command);

		assertThat(otherStatus).as(otherOut.toString(StandardCharsets.UTF_8)).hasValue(0);
		assertThat(status).as(err()).isZero();
		var number = jdbc.queryForObject("select number from submission.deposit where consultation_id = ?", String.class,
				consultation.value());
		assertThat(otherOut.toString(StandardCharsets.UTF_8)).contains("Pli déposé : n° " + number)
			.doesNotContain("Pli retrouvé");
		assertThat(out()).as("the platform refused the second finalisation; the client found the deposit made")
			.contains("Pli déposé : n° " + number)
			.contains("Pli retrouvé sur la plateforme")
			.contains("Accusé de réception signé enregistré");
		assertThat(depositsOf(consultation)).isEqualTo(1);
		assertThat(uploadsOf(consultation)).isEqualTo(1);
		assertThat(receipts()).singleElement();
		assertThat(JsonPath.<Boolean>read(stateOf(dir.resolve("etat")), "$.done")).isTrue();
	}

	@Test
	void aConsortiumDepositRecordsItsMembersAndTheirCoSignaturesSealedLikeAnyPiece() throws Exception {
		var martin = Fixtures.uniqueSiret().value();
		var lefevre = Fixtures.uniqueSiret().value();
		var application = file("dc1.pdf", 200_000);
		var act = file("acte-engagement.pdf", 150_000);
		var memo = file("memoire.pdf", 900_000);
		var martinSignature = file("ae-cosignature-martin.p7s", 4_000);
		var lefevreSigned = file("ae-cosigne-lefevre.pdf", 160_000);

		int status = cli().run("deposer", "--serveur", server(), "--jeton", token, "--etat", dir.resolve("etat").toString(),
				"--recu", dir.toString(), "--morceau-mio", "1", "--consultation", consultation.value().toString(),
				"--membre", "Charpentes Martin;" + martin.substring(0, 9) + " " + martin.substring(9),
				"--membre", lefevre + ";Bureau d’études Lefèvre",
				"--candidature", application.toString(), "--offre", act.toString(), memo.toString(),
				"--cosignatures", act.toString(), martinSignature.toString(), lefevreSigned.toString());

		assertThat(status).as(err()).isZero();
		assertThat(out()).contains("Pli déposé : n° OM-").contains("5 fichier(s)");
		var deposit = depositOf(consultation);
		assertThat(jdbc.queryForList("select name, siret from submission.deposit_partner where deposit_id = ? order by position",
				deposit)).extracting(row -> row.get("name") + "|" + row.get("siret"))
			.containsExactly("Charpentes Martin|" + martin, "Bureau d’études Lefèvre|" + lefevre);
		var pieces = jdbc.queryForList("select file_name, envelope, signs from submission.deposit_piece where deposit_id = ? "
				+ "order by position", deposit);
		assertThat(pieces).extracting(row -> row.get("file_name") + "|" + row.get("envelope") + "|" + row.get("signs"))
			.containsExactly("dc1.pdf|APPLICATION|null", "acte-engagement.pdf|OFFER|null", "memoire.pdf|OFFER|null",
					"ae-cosignature-martin.p7s|OFFER|1", "ae-cosigne-lefevre.pdf|OFFER|1");
		assertThat(opened(deposit)).as("the co-signatures are sealed like any piece, and open")
			.containsExactly(Files.readAllBytes(application), Files.readAllBytes(act), Files.readAllBytes(memo),
					Files.readAllBytes(martinSignature), Files.readAllBytes(lefevreSigned));

		var seen = new WebVisitor(port).get("/api/v1/me/deposits/" + deposit, "Authorization", "Bearer " + token);
		assertThat(JsonPath.<List<String>>read(seen.body(), "$.consortium[*].siret")).containsExactly(martin, lefevre);
		assertThat(JsonPath.<List<Integer>>read(seen.body(), "$.pieces[*].signs")).containsExactly(null, null, null, 1, 1);
		var manifest = new WebVisitor(port).get("/api/v1/me/deposits/" + deposit + "/manifest", "Authorization",
				"Bearer " + token);
		assertThat(manifest.body()).as("the timestamped manifest names the members and the co-signatures")
			.contains(martin).contains(lefevre).contains("ae-cosignature-martin.p7s").contains("ae-cosigne-lefevre.pdf");
	}

	@Test
	void aMalformedConsortiumIsSaidClearlyInFrenchAndEnglishBeforeAnythingIsSent() throws Exception {
		var act = file("acte-engagement.pdf", 2_000);
		var signature = file("acte-engagement-cosignature.p7s", 300);
		var elsewhere = file("autre.pdf", 300);
		String[] deposit = { "deposer", "--serveur", server(), "--jeton", token, "--etat", dir.resolve("etat").toString(),
				"--consultation", consultation.value().toString(), "--offre", act.toString() };
		var valid = Fixtures.uniqueSiret().value();
		var wrongKey = valid.substring(0, 13) + (char) ('0' + (valid.charAt(13) - '0' + 1) % 10);

		assertThat(cli().run(and(deposit, "--membre", "Charpentes Martin;" + wrongKey))).isEqualTo(Problem.USAGE);
		assertThat(err()).contains("Le SIRET " + wrongKey + " du membre Charpentes Martin n’est pas valide");

		err.reset();
		assertThat(cli().run(and(deposit, "--langue", "en", "--member", "Charpentes Martin;1234"))).isEqualTo(Problem.USAGE);
		assertThat(err()).contains("The SIRET 1234 of member Charpentes Martin is not valid");

		err.reset();
		assertThat(cli().run(and(deposit, "--membre", valid))).isEqualTo(Problem.USAGE);
		assertThat(err()).contains("Indiquez la raison sociale du membre du groupement : " + valid);

		err.reset();
		assertThat(cli().run(and(deposit, "--membre", "Martin;" + valid, "--membre", "Martin et fils;" + valid)))
			.isEqualTo(Problem.USAGE);
		assertThat(err()).contains("Le membre Martin et fils est déclaré deux fois");

		err.reset();
		assertThat(cli().run(and(deposit, "--cosignatures", elsewhere.toString(), signature.toString())))
			.isEqualTo(Problem.USAGE);
		assertThat(err()).contains("La pièce " + elsewhere + " cosignée n’est pas un fichier du dépôt");

		err.reset();
		assertThat(cli().run(and(deposit, "--langue", "en", "--co-signatures", act.toString()))).isEqualTo(Problem.USAGE);
		assertThat(err()).contains("No co-signature after the piece " + act);

		assertThat(uploadsOf(consultation)).as("nothing sent").isZero();
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

	private int depositsOf(ConsultationId id) {
		return jdbc.queryForObject("select count(*) from submission.deposit where consultation_id = ?", Integer.class,
				id.value());
	}

	private int uploadsOf(ConsultationId id) {
		return jdbc.queryForObject("select count(*) from submission.upload where consultation_id = ?", Integer.class,
				id.value());
	}

	private static String stateOf(Path state) throws IOException {
		return Files.readString(stateFileOf(state));
	}

	private static Path stateFileOf(Path state) throws IOException {
		try (var files = Files.list(state)) {
			var all = files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
			assertThat(all).singleElement();
			return all.get(0);
		}
	}

	private List<Path> receipts() throws IOException {
		try (var files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().startsWith("accuse-reception-")).toList();
		}
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

	private static String[] and(String[] head, String... tail) {
		var all = new ArrayList<>(List.of(head));
		all.addAll(List.of(tail));
		return all.toArray(String[]::new);
	}

	private static String[] with(String[] tail, String... head) {
		var all = new ArrayList<>(List.of(head));
		all.addAll(List.of(tail));
		return all.toArray(String[]::new);
	}

}
