package fr.openmarches.organisation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A service of a purchasing entity (« Bureau des marchés », « Service des achats »…). Part of the
 * {@link PurchasingEntity} aggregate. Named {@code Office} so as not to be confused with Spring's
 * {@code @Service}.
 */
@Entity
@Table(schema = "organisation", name = "office")
class Office {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int position;

	protected Office() {
	}

	Office(String name, int position) {
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.position = position;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	int position() {
		return position;
	}

	void rename(String newName) {
		this.name = newName.strip();
	}
}
