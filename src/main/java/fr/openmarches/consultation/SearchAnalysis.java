package fr.openmarches.consultation;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How consultation texts are cut into searchable words, as PLACE's two search modes need them.
 * <ul>
 * <li>{@code exact} — « exacte »: words as written, case and elisions ignored (« l’électricité » is
 * the word « électricité »), accents and plurals matter.</li>
 * <li>{@code french} — « approchante »: French elisions removed (l', d', qu'…), case and accents
 * ignored, plurals and simple inflections reduced (light French stemmer), so « véhicules »
 * finds « véhicule » and « electricite » finds « électricité ».</li>
 * <li>{@code lowercase} — a normalizer for codes and references.</li>
 * </ul>
 */
class SearchAnalysis implements LuceneAnalysisConfigurer {

	static final String EXACT = "exact";

	static final String FRENCH = "french";

	static final String LOWERCASE = "lowercase";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(EXACT)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.param("ignoreCase", "true")
			.param("articles", "elision-articles.txt")
			.tokenFilter("lowercase");
		context.analyzer(FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.param("ignoreCase", "true")
			.param("articles", "elision-articles.txt")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("frenchLightStem");
		context.normalizer(LOWERCASE).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}
}
