package fr.openmarches.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of purchasing entities: what anyone, and any module, may read of the buyers. */
@Service
@Transactional(readOnly = true)
public class EntityDirectory {

	private final Organisations organisations;

	private final PurchasingEntities entities;

	EntityDirectory(Organisations organisations, PurchasingEntities entities) {
		this.organisations = organisations;
		this.entities = entities;
	}

	public Optional<PurchasingEntityView> find(PurchasingEntityId id) {
		return entities.findById(id.value()).map(entity -> entity.view(organisationOf(entity)));
	}

	/**
	 * Entities matching {@code query}, by name; {@code page} counts from 0. Words match regardless of
	 * case and accents, in the name, acronym, city, organisation or department ({@link EntitySearch}).
	 */
	public Page<EntitySummary> search(DirectoryQuery query, int page, int size) {
		var found = entities.findAll(EntitySearch.matching(query), PageRequest.of(page, size, Sort.by("name", "id")));
		var byOrganisation = organisationsOf(found.getContent());
		return found.map(entity -> entity.summary(byOrganisation.get(entity.organisationId())));
	}

	/** Summaries of the given entities; unknown ids are left out. */
	public Map<PurchasingEntityId, EntitySummary> summaries(Collection<PurchasingEntityId> ids) {
		var found = entities.findAllById(ids.stream().map(PurchasingEntityId::value).distinct().toList());
		var byOrganisation = organisationsOf(found);
		return found.stream()
			.map(entity -> entity.summary(byOrganisation.get(entity.organisationId())))
			.collect(Collectors.toMap(EntitySummary::id, Function.identity()));
	}

	/** Every entity, by name: for filters. */
	public List<EntitySummary> all() {
		var byOrganisation = organisationsById();
		return entities.findAll(Sort.by("name", "id"))
			.stream()
			.map(entity -> entity.summary(byOrganisation.get(entity.organisationId())))
			.toList();
	}

	/** Every organisation, by name. */
	public List<OrganisationView> organisations() {
		return organisations.findAll(Sort.by("name")).stream().map(Organisation::view).toList();
	}

	/** The departments where at least one entity sits, in code order. */
	public List<Department> departments() {
		return Department.sorted(entities.departments().stream().map(code -> Department.of(code).orElseThrow()).toList());
	}

	public long countEntities() {
		return entities.count();
	}

	/** Whether no organisation exists yet (a new platform). */
	public boolean isEmpty() {
		return organisations.count() == 0;
	}

	private Map<UUID, OrganisationView> organisationsById() {
		return byId(organisations.findAll());
	}

	/** The organisations of {@code found} only: a consultation's page must not read every buyer. */
	private Map<UUID, OrganisationView> organisationsOf(Collection<PurchasingEntity> found) {
		return byId(organisations.findAllById(found.stream().map(PurchasingEntity::organisationId).distinct().toList()));
	}

	private static Map<UUID, OrganisationView> byId(List<Organisation> list) {
		return list.stream().collect(Collectors.toMap(o -> o.id().value(), Organisation::view));
	}

	private OrganisationView organisationOf(PurchasingEntity entity) {
		return organisations.findById(entity.organisationId()).map(Organisation::view).orElseThrow();
	}
}
