package fr.openmarches.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A themed portal: a name visitors know, and the organisations whose consultations it shows. */
@Entity
@Table(schema = "organisation", name = "portal")
class Portal {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(nullable = false)
	private int position;

	@ElementCollection
	@CollectionTable(schema = "organisation", name = "portal_organisation", joinColumns = @JoinColumn(name = "portal_code"))
	@Column(name = "organisation_id", nullable = false)
	private Set<UUID> organisations = new HashSet<>();

	protected Portal() {
	}

	Portal(String code, int position) {
		this.code = code;
		this.position = position;
	}

	void describe(NewPortal details) {
		this.name = details.name();
		this.description = details.description();
		this.organisations.clear();
		details.organisations().forEach(organisation -> this.organisations.add(organisation.value()));
	}

	String code() {
		return code;
	}

	int position() {
		return position;
	}

	PortalView view(List<OrganisationView> shown) {
		return new PortalView(code, name, description, shown);
	}

	Set<UUID> organisationIds() {
		return Set.copyOf(organisations);
	}
}
