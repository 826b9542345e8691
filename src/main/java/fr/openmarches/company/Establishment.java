package fr.openmarches.company;

import fr.openmarches.platform.Siret;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place where a company works, with its own SIRET. Part of the {@link Company} aggregate. */
@Entity
@Table(schema = "company", name = "establishment")
class Establishment {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String siret;

	@Column(name = "head_office", nullable = false)
	private boolean headOffice;

	@Embedded
	private Address address;

	protected Establishment() {
	}

	Establishment(Siret siret, boolean headOffice, Address address) {
		this.id = UUID.randomUUID();
		this.siret = siret.value();
		this.headOffice = headOffice;
		this.address = address;
	}

	Siret siret() {
		return new Siret(siret);
	}

	boolean isHeadOffice() {
		return headOffice;
	}

	void noLongerHeadOffice() {
		headOffice = false;
	}

	CompanyView.EstablishmentView view() {
		return new CompanyView.EstablishmentView(siret(), headOffice, address);
	}
}
