package fr.openmarches.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Real PostgreSQL binaries (zonky) run as a child process, one server per data directory and JVM,
 * shared by every Spring context of that JVM (the test suite starts several) and stopped when the
 * last one is closed.
 *
 * <p>Unlike zonky's test defaults, the server runs with fsync and synchronous commit on: this is
 * the default database of the platform, and a deposit acknowledged must survive a crash.
 */
final class EmbeddedPostgresServer {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, Running> servers = new HashMap<>();

	private EmbeddedPostgresServer() {
	}

	static synchronized Lease acquire(Path dataDir, int port, boolean cleanOnStart, String database) {
		var dir = dataDir.toAbsolutePath().normalize();
		var running = servers.get(dir);
		if (running == null) {
			running = new Running(start(dir, port, cleanOnStart));
			servers.put(dir, running);
		}
		running.leases++;
		var url = running.ensureDatabase(database);
		return new Lease(dir, url);
	}

	private static synchronized void release(Path dir) {
		var running = servers.get(dir);
		if (running != null && --running.leases == 0) {
			servers.remove(dir);
			running.stop();
		}
	}

	private static EmbeddedPostgres start(Path dir, int port, boolean cleanOnStart) {
		try {
			if (cleanOnStart) {
				FileSystemUtils.deleteRecursively(dir);
			}
			Files.createDirectories(dir);
			stopOrphanedPostmaster(dir);
			long started = System.nanoTime();
			var server = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				// stopped when the last context using it closes; zonky's own JVM hook would stop it while
				// the context still closes (the event registry writes on shutdown) and stall it 30 s
				.setRegisterShutdownHook(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "300")
				.setServerConfig("timezone", "UTC")
				.start();
			log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", server.getPort(), dir,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
		}
	}

	/**
	 * A process killed with -9 leaves its postmaster running and holding the data directory. zonky
	 * keeps a file lock ({@code epg-lock}) for as long as its JVM lives: if we can take that lock, the
	 * owner is gone and the postmaster it left is an orphan we may stop. If we cannot, another live
	 * process uses this directory and we refuse to touch it.
	 */
	private static void stopOrphanedPostmaster(Path dir) throws IOException {
		var pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (var channel = FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); var lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("Another process is using the embedded database in " + dir
						+ ". Stop it, or set openmarches.database.embedded.data-dir to another directory.");
			}
			Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
				.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
			if (postmaster.isEmpty()) {
				return; // stale pid file: PostgreSQL handles it
			}
			var process = postmaster.get();
			log.warn("Stopping the PostgreSQL (pid {}) left running by a process that died", process.pid());
			// SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
			new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
			try {
				process.onExit().get(60, TimeUnit.SECONDS);
			}
			catch (Exception e) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** One context's use of the shared server; released when that context closes. */
	record Lease(Path dir, String jdbcUrl) {

		void release() {
			EmbeddedPostgresServer.release(dir);
		}
	}

	private static final class Running {

		private final EmbeddedPostgres server;

		private int leases;

		Running(EmbeddedPostgres server) {
			this.server = server;
		}

		String ensureDatabase(String database) {
			try (var connection = server.getPostgresDatabase().getConnection();
					var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, database);
				try (var rows = exists.executeQuery()) {
					if (!rows.next()) {
						try (var create = connection.createStatement()) {
							create.execute("create database " + database + " encoding 'UTF8'");
						}
					}
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException("Could not create database " + database, e);
			}
			return server.getJdbcUrl(USER, database);
		}

		void stop() {
			try {
				server.close();
			}
			catch (IOException e) {
				log.warn("Embedded PostgreSQL did not stop cleanly", e);
			}
		}
	}
}
