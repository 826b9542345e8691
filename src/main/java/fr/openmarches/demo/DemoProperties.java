package fr.openmarches.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demonstration data.
 *
 * @param enabled whether to create the demo data in an empty database; when not set, it is
 *        created only on the embedded database (no {@code spring.datasource.url}), never on a
 *        database someone configured
 */
@ConfigurationProperties("openmarches.demo")
record DemoProperties(Boolean enabled) {

	boolean enabledWith(String datasourceUrl) {
		if (enabled != null) {
			return enabled;
		}
		return datasourceUrl == null || datasourceUrl.isBlank();
	}
}
