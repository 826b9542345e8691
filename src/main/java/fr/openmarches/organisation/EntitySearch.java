package fr.openmarches.organisation;

import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The entities matching a {@link DirectoryQuery}. Every word typed must appear in the entity's
 * name or acronym, its city, its organisation's name or acronym, or its department's name (or be
 * its code): « armées gironde » finds the ministry's entities in Gironde.
 */
final class EntitySearch {

	private EntitySearch() {
	}

	static Specification<PurchasingEntity> matching(DirectoryQuery query) {
		return (root, criteria, builder) -> {
			var conditions = new ArrayList<Predicate>();
			for (var word : SearchText.words(query.name())) {
				var anyOf = new ArrayList<Predicate>();
				anyOf.add(SearchText.contains(builder, root.get("name"), word));
				anyOf.add(SearchText.contains(builder, root.get("acronym"), word));
				anyOf.add(SearchText.contains(builder, root.get("address").get("city"), word));
				var organisations = criteria.subquery(UUID.class);
				var organisation = organisations.from(Organisation.class);
				organisations.select(organisation.get("id"))
					.where(builder.or(SearchText.contains(builder, organisation.get("name"), word),
							SearchText.contains(builder, organisation.get("acronym"), word)));
				anyOf.add(root.get("organisationId").in(organisations));
				var departments = Department.all()
					.stream()
					.filter(d -> d.code().equalsIgnoreCase(word) || SearchText.normalise(d.name()).contains(word))
					.map(Department::code)
					.toList();
				if (!departments.isEmpty()) {
					anyOf.add(root.get("department").in(departments));
				}
				conditions.add(builder.or(anyOf.toArray(Predicate[]::new)));
			}
			if (query.organisation() != null) {
				conditions.add(builder.equal(root.get("organisationId"), query.organisation().value()));
			}
			if (query.department() != null && !query.department().isBlank()) {
				conditions.add(builder.equal(root.get("department"), query.department().strip().toUpperCase(Locale.ROOT)));
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
	}
}
