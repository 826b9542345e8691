package fr.openmarches.consultation;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database across what automatic indexing cannot see: a new or
 * deleted index directory, a database restored from a backup, consultations written before search
 * existed. At start-up, when the index does not hold as many consultations as the database, it is
 * rebuilt in the background (searches answer from what is indexed meanwhile).
 */
@Component
class SearchIndexStartup {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

	private final EntityManagerFactory entityManagers;

	private final Consultations consultations;

	SearchIndexStartup(EntityManagerFactory entityManagers, Consultations consultations) {
		this.entityManagers = entityManagers;
		this.consultations = consultations;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfOutOfStep() {
		var mapping = Search.mapping(entityManagers);
		long indexed;
		try (var entityManager = entityManagers.createEntityManager()) {
			indexed = Search.session(entityManager).search(Consultation.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
		long stored = consultations.count();
		if (indexed == stored) {
			return;
		}
		log.info("The search index holds {} consultations, the database {}: rebuilding the index", indexed, stored);
		mapping.scope(Consultation.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.start()
			.thenRun(() -> log.info("Search index rebuilt"))
			.exceptionally(failure -> {
				log.error("Search index rebuild failed", failure);
				return null;
			});
	}
}
