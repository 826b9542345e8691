package fr.openmarches.evidence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.openmarches.evidence.AvailabilityStatement.Status;
import fr.openmarches.evidence.ProbeResult.CheckResult;
import fr.openmarches.platform.BlobStore;

/**
 * One probe of the platform by itself: each check runs for real and is timed.
 * <ul>
 * <li>{@code database}: a query;</li>
 * <li>{@code blobs}: stores a small fixed blob (written to a temporary file, hashed, forced to
 * disk, then found already stored: the store never grows) and reads it back;</li>
 * <li>{@code uploads}: writes, forces, reads and deletes a small file in the directory where
 * deposit chunks land ({@code openmarches.submission.uploads-dir});</li>
 * <li>{@code web}: asks the platform's own web server for a page over HTTP (the path deposits
 * take in).</li>
 * </ul>
 * A failed check makes the probe DOWN; a check slower than the threshold makes it DEGRADED.
 */
class AvailabilityProbe {

	static final byte[] PROBE_BLOB = "OpenMarches availability probe\n".getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient sql;

	private final BlobStore blobs;

	private final Path uploadsDir;

	private final Supplier<URI> web;

	private final HttpClient http;

	private final Duration slowThreshold;

	private final Duration timeout;

	private final Clock clock;

	AvailabilityProbe(DataSource dataSource, BlobStore blobs, Path uploadsDir, Supplier<URI> web,
			Duration slowThreshold, Duration timeout, Clock clock) {
		this.sql = JdbcClient.create(dataSource);
		this.blobs = blobs;
		this.uploadsDir = uploadsDir;
		this.web = web;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
		this.slowThreshold = slowThreshold;
		this.timeout = timeout;
		this.clock = clock;
	}


	@FunctionalInterface
	private interface Check {

		void run() throws Exception;
	}

	ProbeResult run() {
		var probedAt = clock.instant();
		var checks = new ArrayList<CheckResult>();
		checks.add(timed("database", this::database));
		checks.add(timed("blobs", this::blobs));
		checks.add(timed("uploads", this::uploads));
		checks.add(timed("web", this::web));
		return new ProbeResult(probedAt, statusOf(checks), checks);
	}

	Status statusOf(List<CheckResult> checks) {
		if (checks.stream().anyMatch(c -> !c.ok())) {
			return Status.DOWN;
		}
		if (checks.stream().anyMatch(c -> c.duration().compareTo(slowThreshold) > 0)) {
			return Status.DEGRADED;
		}
		return Status.UP;
	}

	private static CheckResult timed(String name, Check check) {
		long start = System.nanoTime();
		String error = null;
		try {
			check.run();
		}
		catch (Exception e) {
			error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
			if (error.length() > 500) {
				error = error.substring(0, 500);
			}
		}
		return new CheckResult(name, error == null, Duration.ofNanos(System.nanoTime() - start), error);
	}

	private void database() {
		var one = sql.sql("select 1").query(Integer.class).single();
		if (one != 1) {
			throw new IllegalStateException("select 1 returned " + one);
		}
	}

	private void blobs() throws IOException {
		var stored = blobs.put(new java.io.ByteArrayInputStream(PROBE_BLOB));
		try (var in = blobs.open(stored.id())) {
			if (!Arrays.equals(in.readAllBytes(), PROBE_BLOB)) {
				throw new IOException("The probe blob read back differs from what was stored");
			}
		}
	}

	private void uploads() throws IOException {
		Files.createDirectories(uploadsDir);
		var file = Files.createTempFile(uploadsDir, "availability-probe-", ".tmp");
		try {
			Files.write(file, PROBE_BLOB, java.nio.file.StandardOpenOption.SYNC);
			if (!Arrays.equals(Files.readAllBytes(file), PROBE_BLOB)) {
				throw new IOException("The probe file read back differs from what was written");
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private void web() throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(web.get()).timeout(timeout).GET().build();
		var response = http.send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IOException("The web server answered " + response.statusCode());
		}
	}
}
