package fr.openmarches.submission;

import static fr.openmarches.submission.UploadCalls.MIB;
import static fr.openmarches.submission.UploadCalls.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deposit files sent in chunks over real HTTP: resumed, checked, completed, kept to the company, purged. */
@IntegrationTest
class ResumableUploadTest {

	static final Path UPLOADS = Path.of("target/test-data/uploads");

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
	BlobStore blobs;

	@Autowired
	AbandonedUploads abandoned;

	@Autowired
	MutableClock clock;

	ConsultationId consultation;

	CompanyFixtures.Person founder;

	CompanyId company;

	@BeforeEach
	void aPublishedConsultationAndACompany() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des dépôts"), "35");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Maintenance des ascenseurs"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		founder = CompanyFixtures.person(accounts, "Inès");
		company = CompanyFixtures.company(companies, founder, Fixtures.unique("Ascenseurs du Rhône"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anUploadCutShortIsResumedFromAnotherSessionAndCompletes() throws IOException {
		var file = randomBytes(3 * MIB + 12_345, 1);
		var chunks = split(file, MIB);
		var firstTab = calls(founder);
		var id = firstTab.open(consultation, file.length, MIB);
		assertThat(firstTab.put(id, 0, chunks.get(0)).status()).isEqualTo(200);
		assertThat(firstTab.put(id, 2, chunks.get(2)).status()).isEqualTo(200);

		var secondTab = calls(founder); // the tab was closed: a new session of the same person
		var state = secondTab.state(id);
		assertThat(state.status()).isEqualTo(200);
		assertThat(JsonPath.<List<Integer>>read(state.body(), "$.received")).containsExactly(0, 2);
		assertThat(JsonPath.<Number>read(state.body(), "$.receivedBytes").longValue()).isEqualTo(2L * MIB);
		assertThat(JsonPath.<Integer>read(state.body(), "$.chunkCount")).isEqualTo(4);
		assertThat(secondTab.put(id, 3, chunks.get(3)).status()).isEqualTo(200);
		var again = secondTab.put(id, 2, chunks.get(2));
		assertThat(again.status()).as("the same chunk twice").isEqualTo(200);
		assertThat(JsonPath.<String>read(again.body(), "$.sha256")).isEqualTo(sha256(chunks.get(2)));
		var digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(chunks.get(1))));
		assertThat(secondTab.visitor()
			.send("PUT", "/api/v1/uploads/" + id + "/chunks/1", "application/octet-stream", chunks.get(1), true, "Digest",
					"SHA-256=" + digest)
			.status()).as("the hash in a Digest header").isEqualTo(200);

		var completed = secondTab.complete(id);

		assertThat(completed.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.sha256")).isEqualTo(sha256(file));
		assertThat(JsonPath.<Number>read(completed.body(), "$.size").longValue()).isEqualTo(file.length);
		try (var stored = blobs.open(new BlobId(sha256(file)))) {
			assertThat(stored.readAllBytes()).isEqualTo(file);
		}
		assertThat(UPLOADS.resolve(id.toString())).as("the chunks are removed").doesNotExist();
		var twice = firstTab.complete(id);
		assertThat(twice.status()).isEqualTo(200);
		assertThat(twice.body()).isEqualTo(completed.body());
		var done = firstTab.state(id);
		assertThat(JsonPath.<String>read(done.body(), "$.state")).isEqualTo("COMPLETE");
		assertThat(JsonPath.<Number>read(done.body(), "$.receivedBytes").longValue()).isEqualTo(file.length);
		assertThat(firstTab.put(id, 0, chunks.get(0)).status()).as("a complete upload takes no chunk").isEqualTo(409);
	}

	@Test
	void chunksAreJoinedIntoTheWholeFileAsTheyArriveInOrder() throws IOException {
		var file = randomBytes(2 * MIB + 777, 11);
		var chunks = split(file, MIB);
		var calls = calls(founder);
		var id = calls.open(consultation, file.length, MIB);

		assertThat(calls.put(id, 1, chunks.get(1)).status()).isEqualTo(200);
		assertThat(names(id)).as("chunk 1 waits for chunk 0").containsExactly("1-" + sha256(chunks.get(1)));
		assertThat(calls.put(id, 0, chunks.get(0)).status()).isEqualTo(200);
		assertThat(names(id)).as("both joined, their own files gone").containsExactly("joined");
		assertThat(Files.readAllBytes(UPLOADS.resolve(id.toString()).resolve("joined")))
			.isEqualTo(Arrays.copyOfRange(file, 0, 2 * MIB));
		assertThat(calls.put(id, 2, chunks.get(2)).status()).isEqualTo(200);
		assertThat(calls.put(id, 1, chunks.get(1)).status()).as("a joined chunk sent again").isEqualTo(200);
		assertThat(JsonPath.<List<Integer>>read(calls.state(id).body(), "$.received")).containsExactly(0, 1, 2);

		var completed = calls.complete(id);

		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.sha256")).isEqualTo(sha256(file));
		try (var stored = blobs.open(new BlobId(sha256(file)))) {
			assertThat(stored.readAllBytes()).isEqualTo(file);
		}
		assertThat(UPLOADS.resolve(id.toString())).doesNotExist();
	}

	@Test
	void aChunkDamagedOnDiskBeforeItIsJoinedIsAskedForAgain() throws IOException {
		var file = randomBytes(2 * MIB, 12);
		var chunks = split(file, MIB);
		var calls = calls(founder);
		var id = calls.open(consultation, file.length, MIB);
		assertThat(calls.put(id, 1, chunks.get(1)).status()).isEqualTo(200);
		var waiting = UPLOADS.resolve(id.toString()).resolve("1-" + sha256(chunks.get(1)));
		var damaged = chunks.get(1).clone();
		damaged[4242] ^= 1;
		Files.write(waiting, damaged); // the disk flipped a bit

		assertThat(calls.put(id, 0, chunks.get(0)).status()).as("chunk 0 itself is fine").isEqualTo(200);

		assertThat(JsonPath.<List<Integer>>read(calls.state(id).body(), "$.received")).as("chunk 1 forgotten")
			.containsExactly(0);
		assertThat(calls.complete(id).status()).isEqualTo(409);
		assertThat(calls.put(id, 1, chunks.get(1)).status()).isEqualTo(200);
		var completed = calls.complete(id);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.sha256")).isEqualTo(sha256(file));
	}

	@Test
	void twoCompletionsAtOnceGiveTheSameBlob() throws Exception {
		var file = randomBytes(3 * MIB, 13);
		var chunks = split(file, MIB);
		var calls = calls(founder);
		var id = calls.open(consultation, file.length, MIB);
		for (int i = 0; i < chunks.size(); i++) {
			assertThat(calls.put(id, i, chunks.get(i)).status()).isEqualTo(200);
		}
		var other = calls(founder);
		try (var both = Executors.newFixedThreadPool(2)) {
			var start = new CountDownLatch(1);
			var first = both.submit(() -> {
				start.await();
				return calls.complete(id);
			});
			var second = both.submit(() -> {
				start.await();
				return other.complete(id);
			});
			start.countDown();

			assertThat(first.get().status()).as(first.get().body()).isEqualTo(200);
			assertThat(second.get().status()).as(second.get().body()).isEqualTo(200);
			assertThat(second.get().body()).isEqualTo(first.get().body());
			assertThat(JsonPath.<String>read(first.get().body(), "$.sha256")).isEqualTo(sha256(file));
		}
	}

	@Test
	void aChunkWithTheWrongHashOrLengthIsRefusedAndNothingIsKept() throws IOException {
		var calls = calls(founder);
		var id = calls.open(consultation, 2L * MIB + 10, MIB);
		var chunk = randomBytes(MIB, 2);

		var wrongHash = calls.put(id, 0, chunk, sha256(randomBytes(MIB, 3)));
		var wrongLength = calls.put(id, 0, Arrays.copyOf(chunk, MIB - 1));
		var tooLong = calls.put(id, 2, randomBytes(11, 4));
		var noHash = calls.visitor().send("PUT", "/api/v1/uploads/" + id + "/chunks/0", "application/octet-stream", chunk, true);
		var noSuchChunk = calls.put(id, 3, randomBytes(10, 5));

		assertThat(List.of(wrongHash.status(), wrongLength.status(), tooLong.status(), noHash.status(), noSuchChunk.status()))
			.containsOnly(400);
		assertThat(wrongHash.header("Content-Type")).startsWith("application/problem+json");
		assertThat(JsonPath.<List<Integer>>read(calls.state(id).body(), "$.received")).isEmpty();
		assertThat(filesOf(id)).isEmpty();

		assertThat(calls.put(id, 0, chunk).status()).isEqualTo(200);
		assertThat(calls.put(id, 0, randomBytes(MIB, 6)).status()).as("other bytes for a chunk received").isEqualTo(409);
		assertThat(filesOf(id)).hasSize(1);
	}

	@Test
	void completionWaitsForEveryChunk() {
		var calls = calls(founder);
		var id = calls.open(consultation, 2L * MIB, MIB);
		calls.put(id, 1, randomBytes(MIB, 7));

		var refused = calls.complete(id);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(refused.body(), "$.detail")).contains("[0]");
		assertThat(JsonPath.<String>read(calls.state(id).body(), "$.state")).isEqualTo("RECEIVING");
	}

	@Test
	void anUploadIsTheCompanysAndNobodyElses() {
		var calls = calls(founder);
		var id = calls.open(consultation, 2L * MIB, MIB);
		var colleague = CompanyFixtures.person(accounts, "Marc");
		companies.join(company, colleague.id());
		var rival = CompanyFixtures.person(accounts, "Rival");
		CompanyFixtures.company(companies, rival, Fixtures.unique("Concurrent"));
		var chunk = randomBytes(MIB, 8);

		var other = calls(rival);
		assertThat(other.state(id).status()).isEqualTo(404);
		assertThat(other.put(id, 0, chunk).status()).isEqualTo(404);
		assertThat(other.complete(id).status()).isEqualTo(404);
		assertThat(other.put(UUID.randomUUID(), 0, chunk).status()).isEqualTo(404);
		assertThat(filesOf(id)).isEmpty();

		var sameCompany = calls(colleague);
		assertThat(sameCompany.state(id).status()).isEqualTo(200);
		assertThat(sameCompany.put(id, 0, chunk).status()).isEqualTo(200);

		var anonymous = new UploadCalls(new WebVisitor(port));
		anonymous.visitor().get("/");
		assertThat(List.of(anonymous.start(consultation, MIB, MIB).status(), anonymous.state(id).status(),
				anonymous.put(id, 1, chunk).status(), anonymous.complete(id).status()))
			.containsOnly(401);
	}

	@Test
	void onlyPublicConsultationsTakeUploadsAndLateOnesAreAccepted() {
		var calls = calls(founder);
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité brouillon"), "35");
		var draft = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Brouillon"),
				clock.instant().plus(Duration.ofDays(10))));

		assertThat(calls.start(new ConsultationId(UUID.randomUUID()), MIB, MIB).status()).isEqualTo(404);
		assertThat(calls.start(draft, MIB, MIB).status()).isEqualTo(404);
		assertThat(calls.start(consultation, MIB, MIB - 1).status()).isEqualTo(400);
		assertThat(calls.start(consultation, MIB, 64 * MIB + 1).status()).isEqualTo(400);
		assertThat(calls.start(consultation, 0, MIB).status()).isEqualTo(400);
		assertThat(calls.visitor().send("POST", "/api/v1/uploads", "application/json",
				"{\"consultationId\": \"%s\", \"totalSize\": 10, \"chunkSize\": %d}".formatted(consultation.value(), MIB)
					.getBytes(),
				false).status()).as("without the CSRF token").isEqualTo(403);

		clock.advance(Duration.ofDays(11));
		assertThat(calls.start(consultation, MIB, MIB).status()).as("after the deposit deadline").isEqualTo(201);
	}

	@Test
	void anAbandonedUploadIsPurged() throws IOException {
		var calls = calls(founder);
		var abandonedUpload = calls.open(consultation, 2L * MIB, MIB);
		calls.put(abandonedUpload, 0, randomBytes(MIB, 9));
		clock.advance(Duration.ofDays(6));
		var recent = calls.open(consultation, 2L * MIB, MIB);
		calls.put(recent, 0, randomBytes(MIB, 10));
		clock.advance(Duration.ofDays(2));

		assertThat(abandoned.purge()).isGreaterThanOrEqualTo(1);

		assertThat(calls.state(abandonedUpload).status()).isEqualTo(404);
		assertThat(UPLOADS.resolve(abandonedUpload.toString())).doesNotExist();
		assertThat(calls.state(recent).status()).isEqualTo(200);
		assertThat(filesOf(recent)).hasSize(1);
	}

	private UploadCalls calls(CompanyFixtures.Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return new UploadCalls(visitor);
	}

	static byte[] randomBytes(int length, long seed) {
		var bytes = new byte[length];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static List<byte[]> split(byte[] file, int chunkSize) {
		var chunks = new java.util.ArrayList<byte[]>();
		for (int offset = 0; offset < file.length; offset += chunkSize) {
			chunks.add(Arrays.copyOfRange(file, offset, Math.min(file.length, offset + chunkSize)));
		}
		return chunks;
	}

	static List<String> names(UUID upload) {
		return filesOf(upload).stream().map(path -> path.getFileName().toString()).toList();
	}

	static List<Path> filesOf(UUID upload) {
		var directory = UPLOADS.resolve(upload.toString());
		if (!Files.exists(directory)) {
			return List.of();
		}
		try (var files = Files.list(directory)) {
			return files.toList();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
