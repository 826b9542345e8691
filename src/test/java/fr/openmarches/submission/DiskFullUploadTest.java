package fr.openmarches.submission;

import static fr.openmarches.submission.UploadCalls.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

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
import fr.openmarches.organisation.OrganisationService;

/**
 * Fault: the disk fills up during an upload. The upload's chunks land on a real, tiny file system
 * (a 3 MiB tmpfs, mounted for the test: it needs root, as the suite runs in its container), which
 * is then filled to the last byte. The next chunk gets a clear, translated 507 with Retry-After;
 * nothing of it is left behind; the chunk already stored is intact; once space is freed the
 * supplier resumes with the missing chunk and completes the file.
 */
@IntegrationTest
class DiskFullUploadTest {

	private static final int CHUNK = 1 << 20;

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

	@Value("${openmarches.submission.uploads-dir}")
	Path uploadsDir;

	Path disk;

	Path link;

	ConsultationId consultation;

	CompanyFixtures.Person founder;

	@BeforeEach
	void aSmallDisk() throws Exception {
		disk = Files.createTempDirectory("openmarches-small-disk-");
		assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()) == 0,
				"mounting a tmpfs needs root");
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du disque plein"), "67");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Archivage"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		founder = CompanyFixtures.person(accounts, "Gaspard");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Archives de l’Est"));
	}

	@AfterEach
	void noSmallDisk() throws Exception {
		if (link != null) {
			Files.deleteIfExists(link);
		}
		run("umount", disk.toString());
		Files.deleteIfExists(disk);
	}

	@Test
	void aChunkRefusedForLackOfSpaceIsSaidClearlyAndTheUploadResumesOnceThereIsRoom() throws Exception {
		var visitor = new WebVisitor(port);
		visitor.signIn(founder.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var uploads = new UploadCalls(visitor);
		var file = new byte[2 * CHUNK];
		new Random(7).nextBytes(file);
		var first = Arrays.copyOfRange(file, 0, CHUNK);
		var second = Arrays.copyOfRange(file, CHUNK, 2 * CHUNK);
		var upload = uploads.open(consultation, file.length, CHUNK);
		// this upload's chunks go to the small disk
		Files.createDirectories(uploadsDir);
		link = Files.createSymbolicLink(uploadsDir.resolve(upload.toString()), disk);

		assertThat(uploads.put(upload, 0, first).status()).isEqualTo(200);
		var filler = fill(disk.resolve("remplissage"));

		var refused = uploads.put(upload, 1, second);

		assertThat(refused.status()).as(refused.body()).isEqualTo(507);
		assertThat(refused.headers().firstValue("Retry-After")).contains("60");
		assertThat(JsonPath.<String>read(refused.body(), "$.detail"))
			.startsWith("La plateforme ne peut pas enregistrer le morceau 1 pour l’instant")
			.contains("les morceaux déjà reçus sont conservés intacts");
		assertThat(JsonPath.<Boolean>read(refused.body(), "$.retryable")).isTrue();
		try (var left = Files.list(disk)) {
			assertThat(left.map(p -> p.getFileName().toString()))
				.as("the chunk kept (joined into the whole file), the filler, nothing half-written")
				.containsExactlyInAnyOrder("joined", "remplissage");
		}
		assertThat(Files.readAllBytes(disk.resolve("joined"))).isEqualTo(first);
		var state = uploads.state(upload).body();
		assertThat(JsonPath.<List<Integer>>read(state, "$.received")).containsExactly(0);

		Files.delete(filler); // the operator makes room
		var resumed = uploads.put(upload, 1, second);
		assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
		var completed = uploads.complete(upload);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.sha256")).isEqualTo(sha256(file));
	}

	/** Writes zeros until the file system is full. */
	private static Path fill(Path filler) throws IOException {
		var block = new byte[64 * 1024];
		try (var out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(block);
			}
		}
		catch (IOException full) {
			assertThat(full.getMessage()).containsIgnoringCase("space");
		}
		return filler;
	}

	private static int run(String... command) throws Exception {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
		}
		catch (IOException noSuchCommand) {
			return -1;
		}
	}
}
