package fr.openmarches.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.OpenMarchesApplication;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.DocumentUpload;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A 2.1 GB DCE — fourteen pieces at the 150 MB a piece may weigh — downloads as one zip from an
 * instance whose heap is capped at 256 MB: the archive is never built in memory or on disk. The instance is a second JVM of the application on the suite's
 * database and blob store; it would stop at the first OutOfMemoryError.
 */
@IntegrationTest
class LargeDceStreamingTest {

	static final int PIECES = 14;

	static final long PIECE_SIZE = 150_000_000L;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	DataSource database;

	@Autowired
	MutableClock clock;

	@Value("${openmarches.blob-store.filesystem.root}")
	Path blobRoot;

	@Test
	void aTwoGigabyteDceStreamsThroughA256MegabyteHeap() throws Exception {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des gros dossiers"), "31");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Maquette numérique du lanceur"), clock.instant().plus(Duration.ofDays(20))));
		var expected = new HashMap<String, String>();
		for (int piece = 1; piece <= PIECES; piece++) {
			var digest = MessageDigest.getInstance("SHA-256");
			var name = "maquette-" + piece + ".step";
			try (var content = new DigestInputStream(new GeneratedBytes(PIECE_SIZE, piece), digest)) {
				consultations.attach(consultation, DocumentKind.PIECE, new DocumentUpload("Maquette " + piece, name, () -> content));
			}
			expected.put(name, HexFormat.of().formatHex(digest.digest()));
		}
		ConsultationFixtures.publish(consultations, consultation);

		int port = freePort();
		var log = Files.createTempFile("small-heap-instance", ".log");
		var instance = smallHeapInstance(port, log);
		try {
			awaitHealthy(port, instance, log);
			assertThat(heapMaximum(port)).isLessThanOrEqualTo(256L * 1024 * 1024);

			var http = HttpClient.newHttpClient();
			var created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/consultations/"
					+ consultation.value() + "/downloads"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"documents\": []}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

			var archive = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ created.headers().firstValue("Location").orElseThrow())).build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(archive.statusCode()).isEqualTo(200);
			var received = new HashMap<String, String>();
			long bytes = 0;
			try (var zip = new ZipInputStream(archive.body())) {
				for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					var name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
					var digest = MessageDigest.getInstance("SHA-256");
					long read = new DigestInputStream(zip, digest).transferTo(OutputStreamDiscard.INSTANCE);
					if (!name.equals("RC.pdf")) {
						bytes += read;
						received.put(name, HexFormat.of().formatHex(digest.digest()));
					}
				}
			}

			assertThat(bytes).isEqualTo(PIECES * PIECE_SIZE);
			assertThat(received).isEqualTo(expected);
			assertThat(instance.isAlive()).as("the instance survived (no OutOfMemoryError)").isTrue();
		}
		finally {
			instance.destroy();
			if (!instance.waitFor(30, TimeUnit.SECONDS)) {
				instance.destroyForcibly();
			}
		}
	}

	private Process smallHeapInstance(int port, Path log) throws IOException {
		var command = new ArrayList<String>();
		command.add(ProcessHandle.current().info().command().orElseThrow());
		command.addAll(java.util.List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), OpenMarchesApplication.class.getName(),
				"--server.port=" + port, "--spring.datasource.url=" + ((HikariDataSource) database).getJdbcUrl(),
				"--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=4",
				"--openmarches.blob-store.filesystem.root=" + blobRoot.toAbsolutePath(), "--openmarches.demo.enabled=false",
				"--openmarches.search.index-dir=target/test-data/search-index-small-heap",
				"--spring.main.banner-mode=off", "--logging.level.root=warn"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitHealthy(int port, Process instance, Path log) throws Exception {
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(instance.isAlive()).as("the instance started: %s", Files.readString(log)).isTrue();
			try {
				var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The instance did not start in time: " + Files.readString(log));
	}

	private static long heapMaximum(int port) throws Exception {
		var metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		var heap = Pattern.compile("^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+-]+)$", Pattern.MULTILINE)
			.matcher(metrics);
		long total = 0;
		while (heap.find()) {
			var value = Double.parseDouble(heap.group(1));
			if (value > 0) {
				total += (long) value;
			}
		}
		assertThat(total).as("heap maximum reported").isPositive();
		return total;
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Deterministic, incompressible-looking bytes, generated as they are read (xorshift). */
	static final class GeneratedBytes extends InputStream {

		private long remaining;

		private long state;

		/** {@code size} bytes, different for every {@code seed}. */
		GeneratedBytes(long size, long seed) {
			this.remaining = size;
			this.state = 0x9E3779B97F4A7C15L * seed;
		}

		@Override
		public int read() {
			var one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (remaining == 0) {
				return -1;
			}
			int n = (int) Math.min(length, remaining);
			for (int i = 0; i < n; i++) {
				if ((i & 7) == 0) {
					state ^= state << 13;
					state ^= state >>> 7;
					state ^= state << 17;
				}
				buffer[offset + i] = (byte) (state >>> ((i & 7) * 8));
			}
			remaining -= n;
			return n;
		}
	}

	/** Where bytes go once counted and hashed. */
	static final class OutputStreamDiscard extends java.io.OutputStream {

		static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}
	}
}
