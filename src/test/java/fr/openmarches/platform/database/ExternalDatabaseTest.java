package fr.openmarches.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.openmarches.IntegrationTest;
import fr.openmarches.OpenMarchesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code SPRING_DATASOURCE_URL} set, the platform uses that PostgreSQL and starts no embedded
 * one. The "external" server here is the suite's own PostgreSQL, reached by URL on a database of
 * its own, as any other server would be.
 */
@IntegrationTest
class ExternalDatabaseTest {

	@Autowired
	DataSource suiteDatabase;

	@Test
	void anExternalDatabaseByUrlReplacesTheEmbeddedOne() {
		var jdbc = new JdbcTemplate(suiteDatabase);
		jdbc.execute("drop database if exists external_check");
		jdbc.execute("create database external_check");
		var suiteUrl = ((HikariDataSource) suiteDatabase).getJdbcUrl();
		var externalUrl = suiteUrl.replaceFirst("/openmarches(\\?|$)", "/external_check$1");
		var unusedDataDir = Path.of("target/test-data/must-not-be-created");

		// command-line arguments: they win over the test configuration file, as an operator's would
		try (var application = new SpringApplicationBuilder(OpenMarchesApplication.class).run(
				"--spring.datasource.url=" + externalUrl, "--spring.datasource.username=postgres",
				"--openmarches.database.embedded.data-dir=" + unusedDataDir, "--server.port=0",
				"--openmarches.search.index-dir=target/test-data/search-index-external", "--openmarches.demo.enabled=false",
				"--spring.main.banner-mode=off")) {

			assertThat(application.getBeansOfType(EmbeddedPostgresServer.Lease.class)).isEmpty();
			var used = (HikariDataSource) application.getBean(DataSource.class);
			assertThat(used.getJdbcUrl()).isEqualTo(externalUrl);
			assertThat(Files.exists(unusedDataDir)).isFalse();
			var migrated = new JdbcTemplate(used).queryForObject(
					"select count(*) from information_schema.tables where table_schema = 'identity' and table_name = 'account'",
					Integer.class);
			assertThat(migrated).isEqualTo(1);
		}
	}
}
