package fr.openmarches.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the application's {@link DataSource} from an embedded PostgreSQL when no external
 * database is configured. With {@code spring.datasource.url} set, this configuration does not
 * apply and Spring Boot's usual datasource is used: nothing is embedded.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${openmarches.database.embedded.enabled:true}")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	static final String DATABASE = "openmarches";

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer.Lease embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.acquire(properties.dataDir(), properties.port(), properties.cleanOnStart(),
				DATABASE);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer.Lease server) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedPostgresServer.USER);
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}
}
