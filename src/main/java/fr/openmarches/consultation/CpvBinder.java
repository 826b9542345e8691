package fr.openmarches.consultation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a consultation's CPV codes (the main one, or the additional ones) with what the search
 * needs of the vocabulary: every code's lineage, from its division down ({@code <property>_lineage},
 * so that filtering on 45000000 finds 45233140), and the French labels of the codes
 * ({@code <property>_labels}, searched by « approchante » queries as the consultation's keywords).
 */
class CpvBinder implements PropertyBinder {

	private final CpvCatalogue catalogue;

	CpvBinder(CpvCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	static String lineageField(String property) {
		return property + "_lineage";
	}

	static String labelsField(String property) {
		return property + "_labels";
	}

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		var property = context.bridgedElement().name();
		var schema = context.indexSchemaElement();
		var lineage = schema.field(lineageField(property), f -> f.asString().aggregable(
				org.hibernate.search.engine.backend.types.Aggregable.NO)).multiValued().toReference();
		var labels = schema.field(labelsField(property), f -> f.asString().analyzer(SearchAnalysis.FRENCH))
			.multiValued()
			.toReference();
		context.bridge(Object.class, new Bridge(catalogue, lineage, labels));
	}

	private record Bridge(CpvCatalogue catalogue, IndexFieldReference<String> lineage,
			IndexFieldReference<String> labels) implements PropertyBridge<Object> {

		@Override
		public void write(DocumentElement target, Object value, PropertyBridgeWriteContext context) {
			List<?> codes = value instanceof Collection<?> many ? List.copyOf(many) : value == null ? List.of() : List.of(value);
			var ancestors = new LinkedHashSet<String>();
			for (var code : codes) {
				var known = catalogue.find(code.toString());
				if (known.isEmpty()) {
					continue;
				}
				for (CpvCode level : catalogue.lineage(known.get().code())) {
					ancestors.add(level.code());
				}
				target.addValue(labels, known.get().label(Locale.FRENCH));
			}
			ancestors.forEach(code -> target.addValue(lineage, code));
		}
	}
}
