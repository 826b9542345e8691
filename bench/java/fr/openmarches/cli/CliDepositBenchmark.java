package fr.openmarches.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import fr.openmarches.Fixtures;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deposit throughput of the command-line client for one large file ({@code bench.cli.bytes}, 10 GB by
 * default) as a ratio to a raw HTTP upload of the same bytes to the same machine in the same run,
 * and the heap the client used.
 *
 * <ul>
 * <li>Raw: one streaming {@code PUT} of the file with the JDK's {@link HttpClient} to a plain JDK
 * {@link HttpServer} on this machine that writes the body to disk — the floor any upload pays.</li>
 * <li>Client: {@code deposer} in its own JVM ({@code -Xmx} from {@code bench.cli.xmx}, 128 MB by
 * default) against the platform started here: sealing in 4 MiB chunks ({@code bench.cli.chunk-mib}), two
 * chunks in flight ({@code bench.cli.parallel}), each
 * checked and stored by the server, the upload completed (chunks joined into one blob), the
 * deposit finalised (manifest, timestamp, evidence log) and the signed receipt saved. Timed from
 * the client's start to its exit.</li>
 * </ul>
 *
 * <p>Runs on its own embedded database and blob store under {@code target/bench-data-cli}, never the
 * suite's. Not part of {@code ./mvnw verify}: run it with {@code bench/run-cli-deposit [bytes]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"openmarches.database.embedded.data-dir=target/bench-data-cli/postgres",
		"openmarches.database.embedded.clean-on-start=true",
		"openmarches.blob-store.filesystem.root=target/bench-data-cli/blobs",
		"openmarches.search.index-dir=target/bench-data-cli/search-index",
		"openmarches.search.recreate-on-start=true", "openmarches.demo.enabled=false",
		"openmarches.identity.secret-key-file=target/bench-data-cli/identity-secret.key" })
@Import(OpeningFixtures.class)
class CliDepositBenchmark {

	static final Path WORK = Path.of("target/bench-data-cli");

	@LocalServerPort
	int port;

	@Value("${bench.cli.bytes:10000000000}")
	long bytes;

	@Value("${bench.cli.xmx:128m}")
	String xmx;

	/** Chunks in flight; several values, comma-separated, run one deposit each. */
	@Value("${bench.cli.parallel:2}")
	String parallels;

	@Value("${bench.cli.chunk-mib:4}")
	int chunkMib;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Test
	void cliDepositAgainstRawUpload() throws Exception {
		var input = WORK.resolve("input.bin");
		long generation = System.nanoTime();
		write(input, bytes);
		System.out.printf("%nGenerated %,d bytes in %.1f s%n", bytes, seconds(generation));

		double raw = rawUpload(input);
		System.out.printf("Raw HTTP upload: %.1f s, %.1f MB/s%n", raw, bytes / raw / 1e6);

		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du banc"), "75");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Dépôt volumineux"), java.time.Instant.now().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, "Léonie");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Gros Dossiers"));
		var session = new WebVisitor(port);
		session.signIn(founder.email(), CompanyFixtures.PASSWORD);
		session.get("/");
		String token = JsonPath.read(session.postJson("/api/v1/me/tokens", "{\"name\": \"banc\"}").body(), "$.secret");

		for (var value : parallels.split(",")) {
			deposit(input, token, consultation, Integer.parseInt(value.strip()), raw);
		}
		Files.deleteIfExists(input);
	}

	private void deposit(Path input, String token, fr.openmarches.consultation.ConsultationId consultation, int parallel,
			double raw) throws Exception {
		var javaCommand = ProcessHandle.current().info().command().orElse("java");
		var command = new ArrayList<>(List.of(javaCommand, "-Xmx" + xmx, "-XX:+UseG1GC", "-cp",
				// what the jar holds (cli and sealing, in target/classes), and the probe
				"target/classes" + java.io.File.pathSeparator + "target/test-classes", CliHeapProbe.class.getName(), "deposer", "--serveur",
				"http://localhost:" + port, "--jeton", token, "--etat", WORK.resolve("etat").toString(), "--recu",
				WORK.toString(), "--consultation", consultation.value().toString(), "--parallele", String.valueOf(parallel), "--morceau-mio",
				// each run a new deposit (which replaces the previous run's): the same command would not deposit again
				String.valueOf(chunkMib), "--nouveau-depot", "--offre", input.toString()));
		long started = System.nanoTime();
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int status = process.waitFor();
		double cli = seconds(started);
		System.out.println(output.lines().filter(line -> !line.startsWith("  ")).reduce("", (a, b) -> a + "  | " + b + "\n"));
		assertThat(status).as(output).isZero();
		long peak = number(output, "peak-heap-bytes");
		long max = number(output, "max-heap-bytes");

		System.out.printf("CLI deposit (seal, upload, complete, finalise, receipt): %.1f s, %.1f MB/s%n", cli,
				bytes / cli / 1e6);
		System.out.printf("Throughput ratio CLI / raw: %.2f (raw is %.2f× faster)%n", raw / cli, cli / raw);
		System.out.printf("CLI heap: peak %.1f MB in use of a %.0f MB maximum (-Xmx), for a %.2f GB file; %d chunks of "
				+ "%d MiB in flight%n", peak / 1e6, max / 1e6, bytes / 1e9, parallel, chunkMib);
	}

	/** Streams the file in one PUT to a plain HTTP server of this machine that writes it to disk. */
	private double rawUpload(Path input) throws Exception {
		var received = WORK.resolve("raw-received.bin");
		var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
		server.createContext("/raw", exchange -> {
			try (var in = exchange.getRequestBody(); OutputStream out = Files.newOutputStream(received)) {
				in.transferTo(out);
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		try {
			var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			long started = System.nanoTime();
			var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/raw"))
				.PUT(HttpRequest.BodyPublishers.ofFile(input))
				.header("Content-Type", "application/octet-stream")
				.build(), HttpResponse.BodyHandlers.discarding());
			double elapsed = seconds(started);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(Files.size(received)).isEqualTo(bytes);
			return elapsed;
		}
		finally {
			server.stop(0);
			Files.deleteIfExists(received);
		}
	}

	private static void write(Path file, long size) throws IOException {
		Files.createDirectories(file.getParent());
		var block = new byte[16 * 1024 * 1024];
		var random = new Random(42);
		random.nextBytes(block);
		try (var out = Files.newOutputStream(file)) {
			for (long left = size; left > 0;) {
				// a fresh first kilobyte per block: no two blocks alike, at little cost
				for (int i = 0; i < 1024; i++) {
					block[i] = (byte) random.nextInt();
				}
				int n = (int) Math.min(block.length, left);
				out.write(block, 0, n);
				left -= n;
			}
		}
	}

	private static long number(String output, String name) {
		var matcher = Pattern.compile(name + "=(\\d+)").matcher(output);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}
}
