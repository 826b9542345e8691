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
 * take in);</li>
 * <li>{@code deposit}: a real deposit over HTTP on the probe's test consultation, with its API token
 * ({@link ProbeDeposit}): upload, sealed chunk, completion, probe deposit (manifest timestamped,
 * nothing kept).</li>
 * </ul>
 * A failed check makes the probe DOWN; a check slower than the threshold, or one that passed with a
 * note (the deposit's timestamp authority down: {@code ok} with an {@code error}), makes it DEGRADED.
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

	private final ProbeDeposit deposit;

	AvailabilityProbe(DataSource dataSource, BlobStore blobs, Path uploadsDir, Supplier<URI> web,
			ProbeDeposit deposit, Duration slowThreshold, Duration timeout, Clock clock) {
		this.deposit = deposit;
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

		/** Runs the check; returns null, or a note when it passed only in part (DEGRADED). */
		String run() throws Exception;
	}

	ProbeResult run() {
		deposit.prepare(); // made once, untimed: the first probe's timing is the deposit's
		var probedAt = clock.instant();
		var checks = new ArrayList<CheckResult>();
		checks.add(timed("database", this::database));
		checks.add(timed("blobs", this::blobs));
		checks.add(timed("uploads", this::uploads));
		checks.add(timed("web", this::web));
		checks.add(timed("deposit", () -> deposit.run().timestampError()));
		return new ProbeResult(probedAt, statusOf(checks), checks);
	}

	Status statusOf(List<CheckResult> checks) {
		if (checks.stream().anyMatch(c -> !c.ok())) {
			return Status.DOWN;
		}
		if (checks.stream().anyMatch(c -> c.duration().compareTo(slowThreshold) > 0 || c.error() != null)) {
			return Status.DEGRADED;
		}
		return Status.UP;
	}

	private static CheckResult timed(String name, Check check) {
		long start = System.nanoTime();
		String error = null;
		boolean ok = true;
		try {
			error = check.run();
		}
		catch (Exception e) {
			ok = false;
			error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		}
		if (error != null && error.length() > 500) {
			error = error.substring(0, 500);
		}
		return new CheckResult(name, ok, Duration.ofNanos(System.nanoTime() - start), error);
	}

	private String database() {
		var one = sql.sql("select 1").query(Integer.class).single();
		if (one != 1) {
			throw new IllegalStateException("select 1 returned " + one);
		}
		return null;
	}

	private String blobs() throws IOException {
		var stored = blobs.put(new java.io.ByteArrayInputStream(PROBE_BLOB));
		try (var in = blobs.open(stored.id())) {
			if (!Arrays.equals(in.readAllBytes(), PROBE_BLOB)) {
				throw new IOException("The probe blob read back differs from what was stored");
			}
		}
		return null;
	}

	private String uploads() throws IOException {
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
		return null;
	}

	private String web() throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(web.get()).timeout(timeout).GET().build();
		var response = http.send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IOException("The web server answered " + response.statusCode());
		}
		return null;
	}
}
