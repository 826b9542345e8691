package fr.openmarches.opening;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The decision to examine a consultation's offers before its candidatures (Code de la commande
 * publique, art. R2161-4): it lifts the sequence, so that offers open without waiting for the
 * admissions. Recorded with who, when and why; written once.
 */
@Entity
@Table(schema = "opening", name = "offers_first")
class OffersFirst {

	@Id
	@Column(name = "consultation_id")
	private UUID consultationId;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private UUID decidedBy;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	@Column(nullable = false, updatable = false)
	private String reason;

	protected OffersFirst() {
	}

	OffersFirst(ConsultationId consultation, AccountId by, Instant at, String reason) {
		this.consultationId = consultation.value();
		this.decidedBy = by.value();
		this.decidedAt = at;
		this.reason = reason;
	}

	AccountId decidedBy() {
		return new AccountId(decidedBy);
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String reason() {
		return reason;
	}
}
