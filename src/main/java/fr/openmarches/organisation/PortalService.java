package fr.openmarches.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themed portals: which organisations each one shows. Visitors filter the consultation list
 * by portal; platform administrators create and change them (the web layer lets only them in).
 */
@Service
@Transactional
public class PortalService {

	private final Portals portals;

	private final Organisations organisations;

	PortalService(Portals portals, Organisations organisations) {
		this.portals = portals;
		this.organisations = organisations;
	}

	/** Every portal, in the order administrators created them. */
	@Transactional(readOnly = true)
	public List<PortalView> all() {
		var all = portals.findAllByOrderByPositionAscNameAsc();
		var names = organisationsById(all.stream().flatMap(p -> p.organisationIds().stream()).collect(Collectors.toSet()));
		return all.stream().map(portal -> view(portal, names)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<PortalView> find(String code) {
		return portals.findById(code == null ? "" : code)
			.map(portal -> view(portal, organisationsById(portal.organisationIds())));
	}

	/** The organisations {@code code} shows; empty when no portal has this code. */
	@Transactional(readOnly = true)
	public Optional<Set<OrganisationId>> organisationsOf(String code) {
		return portals.findById(code == null ? "" : code)
			.map(portal -> portal.organisationIds().stream().map(OrganisationId::new).collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * Creates the portal {@code details.code()} or changes its name, description and organisations.
	 * @throws IllegalArgumentException when the code or the name is missing or malformed
	 * @throws AlreadyRegisteredException when another portal has this name
	 * @throws UnknownIdException when an organisation does not exist
	 */
	public PortalView save(NewPortal details) {
		if (!NewPortal.isCode(details.code()) || details.name() == null) {
			throw new IllegalArgumentException("A portal needs a code (a-z, 0-9, . and -) and a name");
		}
		if (portals.existsByNameIgnoreCaseAndCodeNot(details.name(), details.code())) {
			throw new AlreadyRegisteredException("name", "organisation.portal.error.nameTaken",
					"Portal « " + details.name() + " » already exists");
		}
		details.organisations()
			.stream()
			.filter(organisation -> !organisations.existsById(organisation.value()))
			.findFirst()
			.ifPresent(unknown -> {
				throw new UnknownIdException("organisation", unknown);
			});
		var portal = portals.findById(details.code())
			.orElseGet(() -> new Portal(details.code(), (int) portals.count()));
		portal.describe(details);
		portals.save(portal);
		return view(portal, organisationsById(portal.organisationIds()));
	}

	/** Removes a portal; the consultations it showed stay where they are. */
	public void delete(String code) {
		portals.delete(portals.findById(code == null ? "" : code).orElseThrow(() -> new UnknownIdException("portal", code)));
	}

	private Map<UUID, OrganisationView> organisationsById(Collection<UUID> ids) {
		return organisations.findAllById(ids).stream().map(Organisation::view)
			.collect(Collectors.toMap(view -> view.id().value(), Function.identity()));
	}

	private static PortalView view(Portal portal, Map<UUID, OrganisationView> names) {
		return portal.view(portal.organisationIds()
			.stream()
			.map(names::get)
			.filter(name -> name != null)
			.sorted(Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER))
			.toList());
	}
}
