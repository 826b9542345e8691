package fr.openmarches.consultation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.openmarches.Fixtures;
import fr.openmarches.consultation.FinderQuery.Mode;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consultation search at scale: generates {@code bench.consultations} public consultations (one
 * million by default) straight into PostgreSQL, indexes them with Hibernate Search's mass indexer,
 * then times a set of French keyword searches two ways — through {@link ConsultationFinder} (what
 * the list page and the API do: filters, sort, five facet counts, loading the page of results) and
 * as the same query run directly against the Lucene index (same analyzer, same filters, same sort,
 * first page only) — and prints p50 and p95 of both and their ratio, and the indexing time.
 *
 * <p>Runs on its own embedded database and index under {@code target/bench-data}, never the
 * suite's. Not part of {@code ./mvnw verify}: run it with {@code bench/run-search}.
 */
@SpringBootTest(properties = {
		"openmarches.database.embedded.data-dir=target/bench-data/postgres",
		"openmarches.database.embedded.clean-on-start=true",
		"openmarches.blob-store.filesystem.root=target/bench-data/blobs",
		"openmarches.search.index-dir=target/bench-data/search-index",
		"openmarches.search.recreate-on-start=true", "openmarches.demo.enabled=false",
		"openmarches.identity.secret-key-file=target/bench-data/identity-secret.key",
		"openmarches.consultation.chronograph-interval=PT1H" })
class SearchBenchmark {

	static final String[] SUBJECTS = { "Fourniture de véhicules électriques", "Travaux de voirie", "Maintenance des ascenseurs",
			"Nettoyage des locaux", "Gardiennage des entrepôts", "Restauration collective", "Prestations informatiques",
			"Réfection des toitures", "Achat de matériel médical", "Entretien des espaces verts", "Transport de personnes",
			"Formation des agents", "Fourniture de carburants", "Location de véhicules", "Travaux d’électricité",
			"Étude de sols", "Assistance à maîtrise d’ouvrage", "Acquisition de logiciels", "Impression de documents",
			"Déménagement de services" };

	static final String[] PLACES = { "de la base aérienne", "du port militaire", "des casernes", "de l’hôpital d’instruction",
			"du centre de formation", "des bâtiments administratifs", "de l’arsenal", "du quartier général", "des écoles",
			"des sites de la région" };

	static final String[] CPV = { "34144900", "45233140", "50750000", "90910000", "79710000", "55520000", "72000000",
			"45261210", "33100000", "77310000", "60100000", "80500000", "09130000", "34110000", "45310000", "71351500",
			"71541000", "48000000", "79810000", "98392000" };

	/** Keyword searches people make: plurals, accents left out, two and three words. */
	static final String[] QUERIES = { "véhicules", "vehicule electrique", "travaux voirie", "ascenseurs maintenance",
			"nettoyage locaux casernes", "gardiennages entrepots", "restauration", "informatique", "toitures hopital",
			"materiel medical", "espaces verts ecoles", "transport", "formations agents", "carburant port", "electricite",
			"sols", "logiciels", "impression", "déménagements", "arsenal entretien" };

	static final int ROUNDS = 10;

	@Value("${bench.consultations:1000000}")
	int count;

	@Value("${openmarches.search.index-dir}")
	Path indexDir;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationFinder finder;

	@Test
	void searchAtScale() throws Exception {
		var entities = new ArrayList<PurchasingEntityId>();
		for (int i = 0; i < 50; i++) {
			entities.add(Fixtures.newEntity(organisations, Fixtures.unique("Entité du banc d’essai"), "%02d".formatted(1 + i % 19)));
		}
		long generating = System.nanoTime();
		generate(entities);
		double generated = seconds(System.nanoTime() - generating);

		long indexing = System.nanoTime();
		var entityManager = entityManagers.createEntityManager();
		try {
			Search.session(entityManager)
				.massIndexer(Consultation.class)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(1000)
				.startAndWait();
		}
		finally {
			entityManager.close();
		}
		double indexed = seconds(System.nanoTime() - indexing);

		var mapping = Search.mapping(entityManagers);
		var analyzer = mapping.indexManager(ConsultationIndexMapping.INDEX).unwrap(LuceneIndexManager.class).searchAnalyzer();
		try (var directory = FSDirectory.open(indexFolder()); var reader = DirectoryReader.open(directory)) {
			var searcher = new IndexSearcher(reader);
			for (var words : QUERIES) {
				long direct = searcher.count(luceneQuery(analyzer, words));
				long throughFinder = finder.find(FinderQuery.words(words, Mode.APPROACHING), 0, 20).page().getTotalElements();
				if (direct != throughFinder) {
					throw new AssertionError("« " + words + " »: " + direct + " hits in the index, " + throughFinder
							+ " through the finder: the two queries differ");
				}
			}
			var finderTimes = time(words -> finder.find(FinderQuery.words(words, Mode.APPROACHING), 0, 20));
			var directTimes = time(words -> {
				try {
					searcher.search(luceneQuery(analyzer, words), 20,
							new Sort(new SortedNumericSortField("depositDeadline", SortField.Type.LONG),
								new SortedSetSortField("reference_sort", false)));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			System.out.printf("""

					== Consultation search, %,d consultations (%d searches × %d rounds, first page of 20) ==
					generation in PostgreSQL : %.1f s
					mass indexing            : %.1f s (%,.0f consultations/s)
					index size               : %,d MB
					ConsultationFinder       : p50 %.2f ms   p95 %.2f ms
					Lucene index, directly   : p50 %.2f ms   p95 %.2f ms
					ratio finder / direct    : p50 ×%.1f     p95 ×%.1f
					%n""", count, QUERIES.length, ROUNDS, generated, indexed, count / indexed, sizeOf(indexFolder()) / 1_000_000,
					percentile(finderTimes, 50), percentile(finderTimes, 95), percentile(directTimes, 50),
					percentile(directTimes, 95), percentile(finderTimes, 50) / percentile(directTimes, 50),
					percentile(finderTimes, 95) / percentile(directTimes, 95));
		}
	}

	/** The consultations, by one SQL statement per 100 000: titles, objects and codes drawn from the lists above. */
	private void generate(List<PurchasingEntityId> entities) {
		var ids = entities.stream().map(e -> e.value().toString()).toArray(String[]::new);
		for (int from = 1; from <= count; from += 100_000) {
			int to = Math.min(count, from + 99_999);
			jdbc.update("""
					insert into consultation.consultation (id, purchasing_entity_id, reference, title, object, procedure,
					    category, main_cpv, department, estimated_value, deposit_deadline, signature_required, test, state,
					    published_at, version)
					select gen_random_uuid(), (?::uuid[])[1 + i % ?], 'BENCH-' || i,
					    (?::text[])[1 + i % 20] || ' ' || (?::text[])[1 + (i / 20) % 10],
					    'Marché n° ' || i || ' : ' || lower((?::text[])[1 + (i / 7) % 20]) || ' ' || (?::text[])[1 + (i / 3) % 10] || '.',
					    (array['MAPA','OPEN_TENDER','NEGOTIATED'])[1 + i % 3],
					    (array['WORKS','SUPPLIES','SERVICES'])[1 + i % 3], (?::text[])[1 + i % 20],
					    (array['75','13','69','31','33','59','67','29','35','44','06','34','38','2A','971'])[1 + i % 15], 10000 + (i % 500) * 1000,
					    now() + ((i % 400) - 100) * interval '1 day', false, i % 50 = 0,
					    (array['PUBLISHED','PUBLISHED','PUBLISHED','CLOSED','AWARDED'])[1 + i % 5],
					    now() - (i % 300) * interval '1 day', 0
					from generate_series(?, ?) as i
					""", ids, ids.length, SUBJECTS, PLACES, SUBJECTS, PLACES, CPV, from, to);
		}
		jdbc.execute("analyze consultation.consultation");
	}

	/**
	 * What {@link ConsultationFinder} asks of the index for keywords in « approchante » mode, built
	 * with Lucene alone: every word in one of the fields, not a test consultation, in a public state.
	 */
	private static Query luceneQuery(Analyzer analyzer, String words) {
		var fields = Map.of("title", 1f, "object", 1f, "reference_text", 1f, CpvBinder.labelsField("mainCpv"), 1f,
				CpvBinder.labelsField("additionalCpv"), 1f);
		var parser = new SimpleQueryParser(analyzer, fields);
		parser.setDefaultOperator(Occur.MUST);
		var states = ConsultationState.PUBLIC.stream().map(state -> new BytesRef(state.name())).toList();
		return new BooleanQuery.Builder().add(parser.parse(words), Occur.MUST)
			.add(IntPoint.newExactQuery("test", 0), Occur.FILTER)
			.add(new TermInSetQuery("state", states), Occur.FILTER)
			.build();
	}

	/** Milliseconds of each search, {@link #ROUNDS} rounds of every query after a warm-up round. */
	private static double[] time(Consumer<String> run) {
		Arrays.stream(QUERIES).forEach(run);
		var times = new double[QUERIES.length * ROUNDS];
		int n = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (var words : QUERIES) {
				long start = System.nanoTime();
				run.accept(words);
				times[n++] = (System.nanoTime() - start) / 1e6;
			}
		}
		return times;
	}

	private static double percentile(double[] times, int percent) {
		var sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

	private Path indexFolder() throws IOException {
		try (var folders = Files.list(indexDir)) {
			return folders.filter(Files::isDirectory).findFirst().orElseThrow();
		}
	}

	private static long sizeOf(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
