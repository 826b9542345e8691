package fr.openmarches.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps its data across restarts, and recovers the data directory from a
 * process killed with -9 (whose postmaster keeps running) without touching a live one.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() throws Exception {
		var first = EmbeddedPostgresServer.acquire(dataDir, 0, false, "restart_check");
		execute(first.jdbcUrl(), "create table deposit (id int primary key)", "insert into deposit values (7)");
		first.release();

		var second = EmbeddedPostgresServer.acquire(dataDir, 0, false, "restart_check");
		try {
			assertThat(count(second.jdbcUrl(), "select count(*) from deposit where id = 7")).isEqualTo(1);
		}
		finally {
			second.release();
		}
	}

	@Test
	void leasesShareOneServerUntilTheLastIsReleased() throws Exception {
		var one = EmbeddedPostgresServer.acquire(dataDir, 0, false, "shared_check");
		var two = EmbeddedPostgresServer.acquire(dataDir, 0, false, "shared_check");
		assertThat(two.jdbcUrl()).isEqualTo(one.jdbcUrl());

		one.release();
		assertThat(count(two.jdbcUrl(), "select 1")).isEqualTo(1);
		two.release();
		assertThatThrownBy(() -> count(two.jdbcUrl(), "select 1")).isInstanceOf(SQLException.class);
	}

	@Test
	void recoversFromAProcessKilledWithSigkillButNeverFromALiveOne() throws Exception {
		var other = startAnotherJvmHolding(dataDir);
		try {
			assertThatThrownBy(() -> EmbeddedPostgresServer.acquire(dataDir, 0, false, "orphan_check"))
				.hasMessageContaining("Another process is using the embedded database");
		}
		finally {
			other.destroyForcibly(); // SIGKILL: its postmaster is left running
			other.waitFor(30, TimeUnit.SECONDS);
		}

		var lease = EmbeddedPostgresServer.acquire(dataDir, 0, false, "orphan_check");
		try {
			assertThat(count(lease.jdbcUrl(), "select count(*) from written_by_the_dead_process")).isEqualTo(1);
		}
		finally {
			lease.release();
		}
	}

	private static Process startAnotherJvmHolding(Path dir) throws Exception {
		var java = ProcessHandle.current().info().command().orElseThrow();
		var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
				dir.toString())
			.redirectErrorStream(true)
			.start();
		try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.equals("READY")) {
					return process;
				}
			}
		}
		throw new IllegalStateException("The other JVM did not start its database");
	}

	/** Runs in another JVM: starts the server, writes a row, then waits to be killed. */
	static final class Holder {

		public static void main(String[] args) throws Exception {
			var lease = EmbeddedPostgresServer.acquire(Path.of(args[0]), 0, false, "orphan_check");
			execute(lease.jdbcUrl(), "create table written_by_the_dead_process (id int)",
					"insert into written_by_the_dead_process values (1)");
			System.out.println("READY");
			System.out.flush();
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}
	}

	static void execute(String url, String... statements) throws SQLException {
		try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
			for (var sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static int count(String url, String query) throws SQLException {
		try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement();
				var rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getInt(1);
		}
	}
}
