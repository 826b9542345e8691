package fr.openmarches.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A purchasing entity (entité d'achat): the part of an organisation that buys, publishes
 * consultations and signs contracts, with its services.
 */
@Entity
@Table(schema = "organisation", name = "purchasing_entity")
class PurchasingEntity extends AbstractAggregateRoot<PurchasingEntity> {

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String name;

	private String acronym;

	@Column(nullable = false)
	private String siret;

	@Embedded
	private PostalAddress address;

	@Column(nullable = false)
	private String department;

	@Column(nullable = false)
	private String email;

	private String phone;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "entity_id", nullable = false)
	@OrderBy("position")
	private List<Office> offices = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PurchasingEntity() {
	}

	PurchasingEntity(OrganisationId organisation, NewPurchasingEntity details, Instant now) {
		if (details.name() == null || details.name().isBlank()) {
			throw new IllegalArgumentException("A purchasing entity needs a name");
		}
		if (details.email() == null || !details.email().contains("@")) {
			throw new IllegalArgumentException("A purchasing entity needs a contact email address");
		}
		this.id = UUID.randomUUID();
		this.organisationId = organisation.value();
		this.name = details.name().strip();
		this.acronym = Organisation.blankToNull(details.acronym());
		this.siret = details.siret().value();
		this.address = details.address();
		this.department = Department.of(details.department())
			.orElseThrow(() -> new IllegalArgumentException("Not a department: " + details.department()))
			.code();
		this.email = details.email().strip();
		this.phone = Organisation.blankToNull(details.phone());
		this.createdAt = now;
		details.offices().forEach(this::addOffice);
		registerEvent(new PurchasingEntityCreated(id(), organisation, this.name));
	}

	/** Adds a service, listed after the existing ones; names are unique within the entity. */
	void addOffice(String officeName) {
		if (officeName == null || officeName.isBlank()) {
			throw new IllegalArgumentException("A service needs a name");
		}
		if (offices.stream().anyMatch(o -> o.name().equalsIgnoreCase(officeName.strip()))) {
			throw new IllegalArgumentException("Service « " + officeName + " » already exists in " + name);
		}
		offices.add(new Office(officeName, offices.size() + 1));
	}

	PurchasingEntityId id() {
		return new PurchasingEntityId(id);
	}

	UUID organisationId() {
		return organisationId;
	}

	PurchasingEntityView view(OrganisationView organisation) {
		return new PurchasingEntityView(id(), name, acronym, organisation, siret, address,
				Department.of(department).orElseThrow(), email, phone, offices.stream().map(Office::name).toList());
	}

	EntitySummary summary(OrganisationView organisation) {
		return new EntitySummary(id(), name, acronym, organisation, Department.of(department).orElseThrow(),
				address.city());
	}
}
