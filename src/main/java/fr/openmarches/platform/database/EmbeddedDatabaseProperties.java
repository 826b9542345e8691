package fr.openmarches.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is not set.
 *
 * @param enabled whether to start an embedded server at all (false: a datasource URL is required)
 * @param dataDir where the cluster lives; kept across restarts
 * @param port TCP port on localhost, 0 for any free port
 * @param cleanOnStart wipe the data directory at the first start in this JVM (tests only)
 */
@ConfigurationProperties("openmarches.database.embedded")
record EmbeddedDatabaseProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("data/postgres") Path dataDir,
		@DefaultValue("0") int port,
		@DefaultValue("false") boolean cleanOnStart) {
}
