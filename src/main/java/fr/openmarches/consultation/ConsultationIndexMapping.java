package fr.openmarches.consultation;

import fr.openmarches.cpv.CpvCatalogue;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * What the search index holds of a consultation, mapped here rather than by annotations on the
 * aggregate: texts in both analyses (« exacte » and « approchante »), the filters and facets as
 * keywords, deadlines and publication dates for sorting, and the CPV lineage and labels.
 */
class ConsultationIndexMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "consultation";

	private final CpvCatalogue catalogue;

	ConsultationIndexMapping(CpvCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		var consultation = context.programmaticMapping().type(Consultation.class);
		consultation.indexed().index(INDEX);
		consultation.property("title")
			.fullTextField().analyzer(SearchAnalysis.FRENCH)
			.fullTextField("title_exact").analyzer(SearchAnalysis.EXACT);
		consultation.property("object")
			.fullTextField().analyzer(SearchAnalysis.FRENCH)
			.fullTextField("object_exact").analyzer(SearchAnalysis.EXACT);
		consultation.property("reference")
			.fullTextField("reference_text").analyzer(SearchAnalysis.FRENCH)
			.keywordField("reference_sort").normalizer(SearchAnalysis.LOWERCASE).sortable(Sortable.YES);
		consultation.property("purchasingEntityId").keywordField("entity").aggregable(Aggregable.YES);
		consultation.property("category").keywordField().aggregable(Aggregable.YES);
		consultation.property("procedure").keywordField().aggregable(Aggregable.YES);
		consultation.property("department").keywordField().aggregable(Aggregable.YES);
		consultation.property("state").keywordField().aggregable(Aggregable.YES);
		consultation.property("test").genericField();
		consultation.property("depositDeadline").genericField().sortable(Sortable.YES);
		consultation.property("publishedAt").genericField().sortable(Sortable.YES);
		consultation.property("mainCpv").binder(new CpvBinder(catalogue));
		consultation.property("additionalCpv").binder(new CpvBinder(catalogue));
	}
}
