package fr.openmarches.consultation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change published on a consultation after it went public (modification, addendum): its
 * number, date and reason. The documents it touched point to its number. Part of the
 * {@link Consultation} aggregate.
 */
@Entity
@Table(schema = "consultation", name = "change")
class ConsultationChange {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String reason;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	protected ConsultationChange() {
	}

	ConsultationChange(int number, String reason, Instant publishedAt) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.reason = reason;
		this.publishedAt = publishedAt;
	}

	int number() {
		return number;
	}

	String reason() {
		return reason;
	}

	Instant publishedAt() {
		return publishedAt;
	}
}
