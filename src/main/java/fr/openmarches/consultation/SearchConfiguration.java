package fr.openmarches.consultation;

import java.nio.file.Path;

import fr.openmarches.cpv.CpvCatalogue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search for consultations: a Lucene index on the local disk by default. Several
 * instances need a shared index instead: set {@code spring.jpa.properties.hibernate.search.backend.type}
 * to {@code elasticsearch} with its URIs (the same mapping serves both).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchConfiguration.SearchProperties.class)
class SearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer consultationSearch(CpvCatalogue catalogue, SearchProperties search) {
		return properties -> {
			properties.put("hibernate.search.mapping.configurer", new ConsultationIndexMapping(catalogue));
			properties.putIfAbsent("hibernate.search.backend.analysis.configurer", new SearchAnalysis());
			properties.putIfAbsent("hibernate.search.backend.directory.root", search.indexDir().toAbsolutePath().toString());
			// the index format of the Lucene version the application ships; a Lucene upgrade rebuilds the index
			properties.putIfAbsent("hibernate.search.backend.lucene_version", "9.12");
			if (search.recreateOnStart()) {
				properties.put("hibernate.search.schema_management.strategy", "drop-and-create");
			}
		};
	}

	/**
	 * @param indexDir where the Lucene index lives (kept across restarts; rebuilt from the database
	 * when missing or out of step)
	 * @param recreateOnStart start from an empty index (tests, whose database is new each run)
	 */
	@ConfigurationProperties("openmarches.search")
	record SearchProperties(@DefaultValue("data/search-index") Path indexDir, @DefaultValue("false") boolean recreateOnStart) {
	}
}
