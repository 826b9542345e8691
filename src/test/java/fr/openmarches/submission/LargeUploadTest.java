package fr.openmarches.submission;

import static fr.openmarches.submission.UploadCalls.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.HexFormat;
import java.util.SplittableRandom;

import com.jayway.jsonpath.JsonPath;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 300 MB file in 8 MiB chunks goes through without the heap growing with it: the server (same
 * JVM) streams chunks to disk and joins them into the blob store without holding the file.
 */
@IntegrationTest
class LargeUploadTest {

	static final long SIZE = 300_000_000L;

	static final int CHUNK = 8 * MIB;

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

	@Test
	void aFileOfThreeHundredMegabytesIsJoinedInConstantMemory() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des gros dépôts"), "13");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Maîtrise d'œuvre"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		var person = CompanyFixtures.person(accounts, "Hugo");
		CompanyFixtures.company(companies, person, Fixtures.unique("Bureau d'études"));
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var calls = new UploadCalls(visitor);
		var id = calls.open(consultation, SIZE, CHUNK);
		int count = JsonPath.read(calls.state(id).body(), "$.chunkCount");
		var whole = UploadCalls.digest();
		var buffer = new byte[CHUNK]; // one buffer, refilled: the test itself stays flat too
		var random = new SplittableRandom(42);
		long heapBefore = heapAfterGc();
		var oldGen = oldGeneration();
		long oldBefore = oldGen == null ? 0 : oldGen.getUsage().getUsed();
		if (oldGen != null) {
			oldGen.resetPeakUsage();
		}

		for (int index = 0; index < count; index++) {
			int length = (int) Math.min(CHUNK, SIZE - (long) index * CHUNK);
			random.nextBytes(buffer);
			var chunk = length == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, length);
			whole.update(chunk);
			assertThat(calls.put(id, index, chunk).status()).isEqualTo(200);
		}
		var completed = calls.complete(id);

		assertThat(completed.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(completed.body(), "$.sha256")).isEqualTo(HexFormat.of().formatHex(whole.digest()));
		assertThat(JsonPath.<Number>read(completed.body(), "$.size").longValue()).isEqualTo(SIZE);
		assertThat(heapAfterGc() - heapBefore).as("heap kept after the upload").isLessThan(64L * MIB);
		if (oldGen != null) {
			assertThat(oldGen.getPeakUsage().getUsed() - oldBefore).as("peak of the old generation during the upload")
				.isLessThan(SIZE / 2);
		}
	}

	private static long heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** Where a whole file held in memory would land (arrays too large for the young generation). */
	private static MemoryPoolMXBean oldGeneration() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
			.findFirst()
			.orElse(null);
	}
}
