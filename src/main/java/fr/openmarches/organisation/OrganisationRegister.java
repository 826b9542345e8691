package fr.openmarches.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of organisations, entities and agents as the platform's administrators read it:
 * searchable, paged lists (the Ministry of the Armed Forces alone has some 350 purchasing
 * entities), each entity with its staffing, and every agent with their status. Callers are
 * trusted: only platform administrators reach it.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationRegister {

	private final Organisations organisations;

	private final PurchasingEntities entities;

	private final BuyerAgents agents;

	private final AgentAccounts agentAccounts;

	OrganisationRegister(Organisations organisations, PurchasingEntities entities, BuyerAgents agents,
			AgentAccounts agentAccounts) {
		this.organisations = organisations;
		this.entities = entities;
		this.agents = agents;
		this.agentAccounts = agentAccounts;
	}

	/** Organisations whose name or acronym holds every word of {@code words}, by name; pages from 0. */
	public Page<OrganisationSummary> organisations(String words, int page, int size) {
		var found = organisations.findAll(named(words), PageRequest.of(page, size, Sort.by("name", "id")));
		var counts = new HashMap<UUID, Long>();
		if (found.hasContent()) {
			entities.countByOrganisations(found.map(o -> o.id().value()).getContent())
				.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
		}
		return found.map(o -> new OrganisationSummary(o.view(), counts.getOrDefault(o.id().value(), 0L)));
	}

	/** @throws UnknownIdException when there is no such organisation */
	public OrganisationView organisation(OrganisationId id) {
		return organisations.findById(id.value())
			.map(Organisation::view)
			.orElseThrow(() -> new UnknownIdException("organisation", id));
	}

	/**
	 * The organisation's entities matching {@code words} (as in the public directory), by name,
	 * with how many active agents and administrators each has; pages from 0.
	 */
	public Page<EntityOverview> entities(OrganisationId organisation, String words, int page, int size) {
		var view = organisation(organisation);
		var found = entities.findAll(EntitySearch.matching(new DirectoryQuery(words, organisation, null)),
				PageRequest.of(page, size, Sort.by("name", "id")));
		var staffing = new HashMap<UUID, long[]>();
		if (found.hasContent()) {
			agents.staffing(found.map(e -> e.id().value()).getContent())
				.forEach(row -> staffing.put((UUID) row[0], new long[] { (Long) row[1], (Long) row[2] }));
		}
		return found.map(entity -> {
			var counts = staffing.getOrDefault(entity.id().value(), new long[2]);
			return new EntityOverview(entity.summary(view), counts[0], counts[1]);
		});
	}

	/** @throws UnknownIdException when the entity does not exist or belongs to another organisation */
	public PurchasingEntityView entity(OrganisationId organisation, PurchasingEntityId entity) {
		return entity(organisation, entity, found -> found.view(organisation(organisation)));
	}

	/** The entity's services, with their ids. */
	public List<OfficeView> offices(OrganisationId organisation, PurchasingEntityId entity) {
		return entity(organisation, entity, PurchasingEntity::offices);
	}

	/** Every agent of the entity, deactivated ones included, by name. */
	public List<AgentView> agents(OrganisationId organisation, PurchasingEntityId entity) {
		return entity(organisation, entity, agentAccounts::views);
	}

	private <T> T entity(OrganisationId organisation, PurchasingEntityId id,
			Function<PurchasingEntity, T> read) {
		return entities.findById(id.value())
			.filter(entity -> entity.organisationId().equals(organisation.value()))
			.map(read)
			.orElseThrow(() -> new UnknownIdException("purchasing entity", id));
	}

	private static Specification<Organisation> named(String words) {
		return (root, criteria, builder) -> {
			var conditions = new ArrayList<Predicate>();
			for (var word : SearchText.words(words)) {
				conditions.add(builder.or(SearchText.contains(builder, root.get("name"), word),
						SearchText.contains(builder, root.get("acronym"), word)));
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
	}
}
