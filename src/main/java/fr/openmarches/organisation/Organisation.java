package fr.openmarches.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A ministry or an agency: the public body its purchasing entities belong to. */
@Entity
@Table(schema = "organisation", name = "organisation")
class Organisation {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	private String acronym;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(NewOrganisation details, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		correct(details);
	}

	/** Corrects the name, acronym or kind (a ministry renamed by a new government, say). */
	void correct(NewOrganisation details) {
		if (details.name() == null || details.name().isBlank() || details.kind() == null) {
			throw new IllegalArgumentException("An organisation needs a name and a kind");
		}
		this.name = details.name().strip();
		this.acronym = blankToNull(details.acronym());
		this.kind = details.kind();
	}

	OrganisationId id() {
		return new OrganisationId(id);
	}

	OrganisationView view() {
		return new OrganisationView(id(), name, acronym, kind);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
