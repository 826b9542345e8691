package fr.openmarches.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import fr.openmarches.Fixtures;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.evidence.ReceiptVerification;
import fr.openmarches.evidence.Verification;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.PersonalTokens;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.sealing.SealedFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline peak: {@code bench.peak.bidders} companies (1,000) each deposit a
 * {@code bench.peak.bytes} file (20 MB) through the command-line client's own code
 * ({@link OpenMarchesCli}, sealing, resumable upload, finalise, receipt), and every one of them
 * finishes within the last {@code bench.peak.window} (60 s) before the deadline.
 *
 * <p>The platform runs in processes of its own, as in production, on one database and one blob
 * store: first one instance reached directly, then ({@code bench.peak.instances}, "1,2") two
 * instances behind nginx from Debian's packages (round robin per request, so that one upload's
 * chunks go to both). This JVM holds only the database (embedded PostgreSQL, a process of its own),
 * the set-up (accounts, companies, tokens, the consultation; its own context serves no bidder and runs
 * no job that the instances run) and the 1,000 clients.
 *
 * <p>Two phases per run. <b>Bodies</b>: the bidders upload every chunk but their file's last one,
 * {@code bench.peak.concurrency} (50) at a time: the long part of a deposit, which a real bidder does
 * in the minutes or hours before. <b>Window</b>: the deadline is then set 60 s ahead and each bidder,
 * at a moment spread evenly over the first 50 s of the window, sends its last chunk, completes,
 * finalises and saves its receipt: the part a late bidder does in the last minute, all 1,000 of them
 * in that minute. The two phases are one uninterrupted run of the client per bidder: it simply
 * waits, holding its sealed last chunk, between them.
 *
 * <p>Reported per run: deposits received, receipts issued, lost (a bidder without its deposit and
 * receipt; must be 0), late; p50/p99/max from the last chunk accepted to the receipt issued (the
 * server's time of issue) and to the receipt in the bidder's hands; the instances' heap (peak in
 * use), resident memory and CPU; the machine's CPU; and the bodies' throughput against a raw HTTP
 * upload of the same bytes, as many at a time, to a plain JDK server on this machine, in the same
 * run. Every receipt is then checked with the platform's verifier (seal, evidence entry, its
 * timestamp, the chain; the day's head is taken at midnight, so that last step says pending).
 *
 * <p>Not part of {@code ./mvnw verify}: {@code bench/run-deadline-peak}, which removes the data
 * ({@code target/bench-data-peak}) at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"openmarches.database.embedded.data-dir=target/bench-data-peak/postgres",
		"openmarches.database.embedded.clean-on-start=true",
		"openmarches.blob-store.filesystem.root=target/bench-data-peak/blobs",
		"openmarches.submission.uploads-dir=target/bench-data-peak/uploads",
		"openmarches.search.index-dir=target/bench-data-peak/search-index",
		"openmarches.search.recreate-on-start=true", "openmarches.demo.enabled=false",
		"openmarches.identity.secret-key-file=target/bench-data-peak/identity-secret.key",
		"openmarches.signature.key-store=target/bench-data-peak/signature/platform.p12",
		// this JVM sets up and measures; the instances do the platform's work, mail included
		"openmarches.mail.retry-interval=P3650D", "spring.datasource.hikari.maximum-pool-size=4" })
@Import(OpeningFixtures.class)
class DeadlinePeakBenchmark {

	static final Path WORK = Path.of("target/bench-data-peak");

	@Value("${bench.peak.bidders:1000}")
	int bidders;

	@Value("${bench.peak.bytes:20000000}")
	long bytes;

	@Value("${bench.peak.window:PT60S}")
	Duration window;

	@Value("${bench.peak.concurrency:50}")
	int concurrency;

	@Value("${bench.peak.instances:1,2}")
	String instanceCounts;

	@Value("${bench.peak.server-xmx:2g}")
	String serverXmx;

	/** More options for the instances' JVMs, e.g. {@code -XX:StartFlightRecording=filename=target/peak.jfr} to profile. */
	@Value("${bench.peak.server-options:}")
	String serverOptions;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	PersonalTokens tokens;

	@Autowired
	ReceiptVerification verifier;

	@Autowired
	fr.openmarches.platform.BlobStore blobs;

	@Test
	void deadlinePeak() throws Exception {
		var input = WORK.resolve("offre.bin");
		write(input, bytes);
		System.out.printf("%n== Deadline peak: %,d bidders × %,d bytes, all finishing in the last %d s ==%n", bidders, bytes,
				window.toSeconds());
		long setUp = System.nanoTime();
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du pic"), "75");
		var bidderTokens = bidderTokens();
		System.out.printf("Set-up: %,d accounts, companies and API tokens in %.0f s%n", bidders, seconds(setUp));
		for (var count : instanceCounts.split(",")) {
			var bidderDirectory = WORK.resolve("bidders-" + count.strip());
			var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
					Fixtures.unique("Pic de dépôts"), Instant.now().plus(Duration.ofDays(10))));
			ConsultationFixtures.publish(consultations, consultation);
			try (var platform = Platform.start(Integer.parseInt(count.strip()), serverXmx, serverOptions, dataSource)) {
				run(platform, consultation, input, bidderTokens, bidderDirectory);
			}
			deleteFiles(WORK.resolve("blobs")); // the deposits' ciphertext: the next run needs the room
		}
	}

	private void run(Platform platform, ConsultationId consultation, Path input, Map<UUID, String> bidderTokens,
			Path bidderDirectory) throws Exception {
		System.out.printf("%n-- %s --%n", platform.description());
		double raw = rawUploads(input);
		long total = bytes * bidders;
		System.out.printf("Raw HTTP upload of the same bytes (%,d PUTs of %,d bytes, %d at a time): %.1f s, %.1f MB/s%n",
				bidders, bytes, concurrency, raw, total / raw / 1e6);

		int chunkSize = 1 << 20;
		long chunks = SealedFiles.chunkCount(bytes, chunkSize);
		assertThat(chunks).as("a file of two chunks at least: the last one is held for the window").isGreaterThan(1);
		var heldBack = SealedFiles.sealedSize(bytes, chunkSize) - (chunks - 1) * (long) (chunkSize + SealedFiles.TAG_LENGTH);

		var uploading = new Semaphore(concurrency);
		var held = new CountDownLatch(bidders);
		var deadlineSet = new CountDownLatch(1);
		var releaseAt = new long[bidders];
		var lastByte = new Instant[bidders];
		var handed = new Instant[bidders];
		var exit = new int[bidders];
		var output = new String[bidders];
		var companyOf = new ArrayList<>(bidderTokens.keySet());
		var sampler = new Sampler(platform);
		sampler.start();

		ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("bidder-", 0).factory());
		long bodies = System.nanoTime();
		var bodiesDone = new AtomicLong();
		for (int b = 0; b < bidders; b++) {
			int bidder = b;
			pool.execute(() -> {
				var released = new AtomicBoolean();
				Runnable hold = () -> {
					if (released.compareAndSet(false, true)) {
						uploading.release();
						held.countDown();
					}
				};
				var text = new ByteArrayOutputStream();
				var print = new PrintStream(text, true, StandardCharsets.UTF_8);
				try {
					uploading.acquire();
					var state = bidderDirectory.resolve(String.valueOf(bidder));
					Files.createDirectories(state);
					exit[bidder] = new OpenMarchesCli(print, print, Locale.FRENCH).retries(8, Duration.ofSeconds(1))
						.onChunkSent((file, index, sent) -> {
							if (index == chunks - 2) {
								bodiesDone.accumulateAndGet(System.nanoTime(), Math::max);
								hold.run();
								awaitQuietly(deadlineSet);
								sleepUntil(releaseAt[bidder]);
							}
							else if (index == chunks - 1) {
								lastByte[bidder] = Instant.now();
							}
						})
						.run("deposer", "--serveur", platform.url(), "--jeton", bidderTokens.get(companyOf.get(bidder)),
								"--etat", state.toString(), "--recu", state.toString(), "--consultation",
								consultation.value().toString(), "--parallele", "1", "--morceau-mio", "1", "--offre",
								input.toString());
					handed[bidder] = Instant.now();
				}
				catch (Exception e) {
					exit[bidder] = -1;
					e.printStackTrace(print);
				}
				finally {
					hold.run();
					output[bidder] = text.toString(StandardCharsets.UTF_8);
				}
			});
		}
		while (!held.await(30, TimeUnit.SECONDS)) {
			System.out.printf("  … %,d of %,d bodies uploaded after %.0f s%n", bidders - held.getCount(), bidders, seconds(bodies));
		}
		double bodySeconds = (bodiesDone.get() - bodies) / 1e9;
		var bodyCpu = sampler.mark();
		long bodyBytes = (total / bytes) * (SealedFiles.sealedSize(bytes, chunkSize) - heldBack);

		// the deadline, 60 s (and the time to set it) from now; releases over its first 50 s
		var deadline = Instant.now().plus(window).plusSeconds(2);
		jdbc.update("""
				update consultation.consultation set deposit_deadline = ?, next_check_at = ?,
				  questions_deadline = least(questions_deadline, ?) where id = ?""", Timestamp.from(deadline),
				Timestamp.from(deadline), Timestamp.from(deadline), consultation.value());
		long windowStart = System.nanoTime() + Duration.between(Instant.now(), deadline.minus(window)).toNanos();
		long spread = window.minusSeconds(10).toNanos();
		for (int b = 0; b < bidders; b++) {
			releaseAt[b] = windowStart + spread * b / Math.max(1, bidders - 1);
		}
		deadlineSet.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
		var windowCpu = sampler.mark();
		sampler.stop();

		report(consultation, deadline, companyOf, lastByte, handed, exit, output, bidderDirectory);
		System.out.printf("Bodies (all chunks but the last, %,d bytes sealed): %.1f s, %.1f MB/s — ratio to raw: %.2f%n",
				bodyBytes, bodySeconds, bodyBytes / bodySeconds / 1e6, (bodyBytes / bodySeconds) / (total / raw));
		System.out.println("  " + bodyCpu);
		System.out.println("Window (last chunks, completions, finalisations, receipts):");
		System.out.println("  " + windowCpu);
		System.out.println("  " + sampler.peaks() + " (-Xmx" + serverXmx + " each)");
	}

	private void report(ConsultationId consultation, Instant deadline, List<UUID> companyOf, Instant[] lastByte,
			Instant[] handed, int[] exit, String[] output, Path bidderDirectory) {
		record Row(UUID company, UUID id, Instant received, boolean late, Instant issued) {
		}
		// receipts trail the deposits under load: wait for them (up to ten minutes) before counting
		long waitedFrom = System.nanoTime();
		while (jdbc.queryForObject("select count(*) from submission.deposit where consultation_id = ? and receipt_sha256 is null",
				Long.class, consultation.value()) > 0 && seconds(waitedFrom) < 600) {
			sleepUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
		}
		var rows = jdbc.query("""
				select company_id, id, received_at, late, receipt_issued_at from submission.deposit
				where consultation_id = ?""", (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
				rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), consultation.value());
		Map<UUID, List<Row>> byCompany = rows.stream().collect(Collectors.groupingBy(Row::company));
		var toIssued = new ArrayList<Double>();
		var toHands = new ArrayList<Double>();
		int lost = 0;
		int failedClients = 0;
		int verified = 0;
		int fetchedLater = 0;
		var problems = new HashMap<String, Integer>();
		for (int b = 0; b < bidders; b++) {
			var mine = byCompany.getOrDefault(companyOf.get(b), List.of());
			if (exit[b] != 0) {
				failedClients++;
				if (failedClients <= 3) {
					System.out.println("  client " + b + " ended with " + exit[b] + ":\n" + output[b].indent(4));
				}
			}
			if (mine.size() != 1) {
				lost++;
				continue;
			}
			if (mine.getFirst().issued() == null) {
				continue; // counted below as receipts issued: not lost, not receipted in ten minutes
			}
			var row = mine.getFirst();
			if (lastByte[b] != null) {
				toIssued.add(Duration.between(lastByte[b], row.issued()).toNanos() / 1e9);
				if (handed[b] != null && exit[b] == 0) {
					toHands.add(Duration.between(lastByte[b], handed[b]).toNanos() / 1e9);
				}
			}
			var saved = bidderDirectory.resolve(String.valueOf(b)).toFile().listFiles((dir, name) -> name.endsWith(".pdf"));
			try {
				// a client that gave up waiting (« pending ») has none: the receipt is read as « recu » would
				byte[] receipt = saved != null && saved.length == 1 ? Files.readAllBytes(saved[0].toPath())
						: receiptOf(row.id());
				if (saved == null || saved.length != 1) {
					fetchedLater++;
				}
				var verification = verifier.verifyPdf(receipt);
				var failed = verification.steps().stream().filter(s -> s.outcome() == Verification.Outcome.FAILED).findFirst();
				if (failed.isEmpty() && verification.entrySequence() != null) {
					verified++;
				}
				else {
					problems.merge(failed.map(Verification.Step::detail).orElse("no entry"), 1, Integer::sum);
				}
			}
			catch (IOException e) {
				problems.merge(e.toString(), 1, Integer::sum);
			}
		}
		long received = rows.size();
		long receipted = rows.stream().filter(r -> r.issued() != null).count();
		long late = rows.stream().filter(Row::late).count();
		var lastReceived = rows.stream().map(Row::received).max(Comparator.naturalOrder()).orElse(deadline);
		var lastIssued = rows.stream().map(Row::issued).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
			.orElse(deadline);
		System.out.printf("Deposits received: %,d; receipts issued: %,d; lost: %d; late: %d; clients failed: %d%n", received,
				receipted, lost, late, failedClients);
		System.out.printf("Last deposit received %s, last receipt issued %s the deadline%n", relative(lastReceived, deadline),
				relative(lastIssued, deadline));
		System.out.printf("Last chunk accepted → receipt issued (server): %s%n", percentiles(toIssued));
		System.out.printf("Last chunk accepted → receipt saved by the client: %s%n", percentiles(toHands));
		System.out.printf("Receipts verified by the platform's verifier (seal, entry, entry timestamp, chain): %,d of %,d%s"
				+ " (%,d of them fetched after the client stopped waiting)%n", verified, bidders,
				problems.isEmpty() ? "" : " — " + problems, fetchedLater);
		long mails = jdbc.queryForObject("""
				select count(*) from notification.outbound_mail where sent_at is not null""", Long.class);
		System.out.printf("Mails sent by the instances so far (receipts included): %,d%n", mails);
	}

	private static String relative(Instant at, Instant deadline) {
		double seconds = Duration.between(deadline, at).toMillis() / 1e3;
		return String.format(Locale.ROOT, seconds <= 0 ? "%.1f s before" : "%.1f s after", Math.abs(seconds));
	}

	/** The receipt of deposit {@code id} as stored (what {@code recu} downloads). */
	private byte[] receiptOf(UUID id) throws IOException {
		var sha256 = jdbc.queryForObject("select receipt_sha256 from submission.deposit where id = ?", String.class, id);
		try (var in = blobs.open(new fr.openmarches.platform.BlobId(sha256))) {
			return in.readAllBytes();
		}
	}

	private static String percentiles(List<Double> values) {
		if (values.isEmpty()) {
			return "none";
		}
		var sorted = values.stream().sorted().toList();
		return String.format(Locale.ROOT, "p50 %.2f s, p99 %.2f s, max %.2f s (n=%d)", percentile(sorted, 0.50),
				percentile(sorted, 0.99), sorted.getLast(), sorted.size());
	}

	private static double percentile(List<Double> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
	}

	/** One account, company and API token per bidder, made two at a time: password hashing is slow. */
	private Map<UUID, String> bidderTokens() throws InterruptedException {
		var made = new ConcurrentHashMap<UUID, String>();
		try (var pool = Executors.newFixedThreadPool(2)) {
			IntStream.range(0, bidders).forEach(i -> pool.execute(() -> {
				var person = CompanyFixtures.person(accounts, "Soumissionnaire");
				var company = CompanyFixtures.company(companies, person, Fixtures.unique("Entreprise " + i));
				made.put(company.value(), tokens.create(person.id(), "pic", LocalDate.now().plusDays(2)).secret());
			}));
		}
		assertThat(made).hasSize(bidders);
		return made;
	}

	/** {@code bidders} PUTs of the file, {@code concurrency} at a time, to a plain JDK server writing each to disk. */
	private double rawUploads(Path input) throws Exception {
		var received = Files.createDirectories(WORK.resolve("raw"));
		var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/raw", exchange -> {
			var file = received.resolve(UUID.randomUUID().toString());
			try (var in = exchange.getRequestBody(); OutputStream out = Files.newOutputStream(file)) {
				in.transferTo(out);
			}
			exchange.sendResponseHeaders(Files.size(file) == bytes ? 200 : 400, -1);
			exchange.close();
			Files.delete(file);
		});
		server.start();
		try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				var pool = Executors.newFixedThreadPool(concurrency)) {
			var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/raw"))
				.PUT(HttpRequest.BodyPublishers.ofFile(input))
				.build();
			var failures = new AtomicLong();
			long started = System.nanoTime();
			for (int i = 0; i < bidders; i++) {
				pool.execute(() -> {
					try {
						if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
							failures.incrementAndGet();
						}
					}
					catch (IOException | InterruptedException e) {
						failures.incrementAndGet();
					}
				});
			}
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.HOURS);
			double elapsed = seconds(started);
			assertThat(failures.get()).as("raw uploads failed").isZero();
			return elapsed;
		}
		finally {
			server.stop(0);
		}
	}

	/** The platform's instances, each a process of its own; behind nginx when there are several. */
	record Platform(List<Process> instances, List<Integer> ports, Process balancer, int balancerPort) implements AutoCloseable {

		static Platform start(int count, String xmx, String options, HikariDataSource database) throws Exception {
			var processes = new ArrayList<Process>();
			var ports = new ArrayList<Integer>();
			for (int i = 0; i < count; i++) {
				int port = freePort();
				var java = ProcessHandle.current().info().command().orElse("java");
				var command = new ArrayList<>(List.of(java, "-Xmx" + xmx));
				if (!options.isBlank()) {
					command.addAll(List.of(options.strip().replace("{port}", String.valueOf(port)).split("\\s+")));
				}
				command.addAll(List.of("-cp", System.getProperty("java.class.path"),
						"fr.openmarches.OpenMarchesApplication", "--server.port=" + port,
						"--spring.datasource.url=" + database.getJdbcUrl(),
						"--spring.datasource.username=" + database.getUsername(),
						// the test configuration on the class path is overridden back to production's
						"--openmarches.blob-store.filesystem.root=" + WORK.resolve("blobs"),
						"--openmarches.submission.uploads-dir=" + WORK.resolve("uploads"),
						"--openmarches.search.index-dir=" + WORK.resolve("search-index-" + port),
						"--openmarches.identity.secret-key-file=" + WORK.resolve("identity-secret.key"),
						"--openmarches.signature.key-store=" + WORK.resolve("signature/platform.p12"),
						"--openmarches.submission.receipt-retry=PT1M", "--openmarches.consultation.chronograph-interval=PT30S",
						"--openmarches.evidence.availability.enabled=true", "--openmarches.mail.retry-interval=PT5S",
						"--openmarches.demo.enabled=false", "--openmarches.mail.dev-server.port=0",
						"--spring.main.banner-mode=off", "--logging.level.root=warn"));
				processes.add(new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(WORK.resolve("instance-" + port + ".log").toFile())
					.start());
				ports.add(port);
			}
			for (int i = 0; i < count; i++) {
				awaitHealthy(processes.get(i), "http://127.0.0.1:" + ports.get(i));
			}
			if (count == 1) {
				return new Platform(processes, ports, null, ports.getFirst());
			}
			int port = freePort();
			var nginx = WORK.toAbsolutePath().resolve("nginx");
			Files.createDirectories(nginx);
			Files.writeString(nginx.resolve("nginx.conf"), """
					daemon off;
					worker_processes 1;
					worker_rlimit_nofile 16384;
					pid %1$s/nginx.pid;
					error_log %1$s/error.log warn;
					events { worker_connections 8192; }
					http {
					  access_log off;
					  client_max_body_size 0;
					  client_body_temp_path %1$s/body;
					  proxy_temp_path %1$s/proxy;
					  upstream platform {
					%2$s    keepalive 128;
					  }
					  server {
					    listen 127.0.0.1:%3$d;
					    location / {
					      proxy_pass http://platform;
					      proxy_http_version 1.1;
					      proxy_set_header Connection "";
					      proxy_set_header Host $host:$server_port;
					      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
					      proxy_request_buffering off;
					      proxy_buffering off;
					      proxy_read_timeout 600s;
					      proxy_send_timeout 600s;
					    }
					  }
					}
					""".formatted(nginx, ports.stream().map(p -> "    server 127.0.0.1:" + p + ";\n").collect(Collectors.joining()),
					port));
			var balancer = new ProcessBuilder("nginx", "-p", nginx.toString(), "-c", nginx.resolve("nginx.conf").toString())
				.redirectErrorStream(true)
				.redirectOutput(nginx.resolve("nginx.out").toFile())
				.start();
			var platform = new Platform(processes, ports, balancer, port);
			awaitHealthy(balancer, platform.url());
			return platform;
		}

		String url() {
			return "http://127.0.0.1:" + balancerPort;
		}

		String description() {
			return instances.size() == 1 ? "One instance reached directly"
					: instances.size() + " instances behind nginx (round robin per request), one database and blob store";
		}

		@Override
		public void close() throws InterruptedException {
			if (balancer != null) {
				balancer.destroy();
				balancer.waitFor();
			}
			for (var instance : instances) {
				instance.destroy(); // SIGTERM: a graceful stop
				if (!instance.waitFor(60, TimeUnit.SECONDS)) {
					instance.destroyForcibly();
				}
			}
		}

		private static void awaitHealthy(Process process, String url) throws Exception {
			var http = HttpClient.newHttpClient();
			var health = HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build();
			long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (System.nanoTime() < until) {
				if (!process.isAlive()) {
					throw new IllegalStateException("stopped before answering: see the logs under " + WORK);
				}
				try {
					if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return;
					}
				}
				catch (IOException notYet) {
					// starting
				}
				Thread.sleep(500);
			}
			throw new IllegalStateException(url + " not healthy after 5 minutes");
		}

		private static int freePort() throws IOException {
			try (var socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}
	}

	/**
	 * Every second: each instance's CPU time and resident memory (/proc), its heap in use (its
	 * Prometheus endpoint), and the machine's CPU (/proc/stat); {@link #mark()} gives the CPU used
	 * since the previous mark.
	 */
	static final class Sampler {

		private final Platform platform;

		private final HttpClient http = HttpClient.newHttpClient();

		private final long[] peakHeap;

		private final long[] peakRss;

		private long[] markedCpu;

		private long[] markedMachine;

		private long markedAt;

		private volatile boolean running = true;

		private Thread thread;

		Sampler(Platform platform) {
			this.platform = platform;
			this.peakHeap = new long[platform.instances().size()];
			this.peakRss = new long[platform.instances().size()];
		}

		void start() throws IOException {
			markedCpu = cpuTicks();
			markedMachine = machineTicks();
			markedAt = System.nanoTime();
			thread = Thread.ofPlatform().daemon().start(() -> {
				while (running) {
					for (int i = 0; i < peakHeap.length; i++) {
						try {
							peakHeap[i] = Math.max(peakHeap[i], heapUsed(platform.ports().get(i)));
							peakRss[i] = Math.max(peakRss[i], rss(platform.instances().get(i).pid()));
						}
						catch (Exception e) {
							// a sample missed under load: the next one counts
						}
					}
					try {
						Thread.sleep(1000);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			});
		}

		/** CPU used by each instance and by the machine since the last mark. */
		synchronized String mark() throws IOException {
			var cpu = cpuTicks();
			var machine = machineTicks();
			double wall = (System.nanoTime() - markedAt) / 1e9;
			var text = new StringBuilder(String.format(Locale.ROOT, "%.1f s wall; instances' CPU:", wall));
			for (int i = 0; i < cpu.length; i++) {
				double used = (cpu[i] - markedCpu[i]) / 100.0;
				text.append(String.format(Locale.ROOT, " %.0f s (%.2f cores)", used, used / wall));
			}
			double busy = machine[0] - markedMachine[0];
			double all = machine[1] - markedMachine[1];
			text.append(String.format(Locale.ROOT, "; machine CPU busy %.0f %% of %d cores",
					100 * busy / all, Runtime.getRuntime().availableProcessors()));
			markedCpu = cpu;
			markedMachine = machine;
			markedAt = System.nanoTime();
			return text.toString();
		}

		String peaks() {
			var text = new StringBuilder("Instances' peak heap in use / resident memory:");
			for (int i = 0; i < peakHeap.length; i++) {
				text.append(String.format(Locale.ROOT, " %.0f MB / %.0f MB", peakHeap[i] / 1e6, peakRss[i] / 1e6));
			}
			return text.toString();
		}

		void stop() {
			running = false;
			thread.interrupt();
		}

		private long[] cpuTicks() throws IOException {
			var ticks = new long[platform.instances().size()];
			for (int i = 0; i < ticks.length; i++) {
				var stat = Files.readString(Path.of("/proc/" + platform.instances().get(i).pid() + "/stat"));
				var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// after the name: state is field 3, utime 14 and stime 15
				ticks[i] = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			return ticks;
		}

		private static long[] machineTicks() throws IOException {
			var fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
			long all = 0;
			for (int i = 1; i < fields.length; i++) {
				all += Long.parseLong(fields[i]);
			}
			long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
			return new long[] { all - idle, all };
		}

		private long heapUsed(int port) throws IOException, InterruptedException {
			var metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
				.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
			return (long) metrics.lines()
				.filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
				.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
		}

		private static long rss(long pid) throws IOException {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
				.findFirst()
				.orElse(0L);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleepUntil(long nanoTime) {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void write(Path file, long size) throws IOException {
		Files.createDirectories(file.getParent());
		var content = new byte[(int) size];
		new Random(42).nextBytes(content);
		Files.write(file, content);
	}

	/** Deletes the files under {@code root}, keeping its folders (the blob store made them at start). */
	private static void deleteFiles(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			for (var path : paths.filter(Files::isRegularFile).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}
}
