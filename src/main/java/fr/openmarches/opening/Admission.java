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
 * The commission's decision on a candidature, once its application envelope is opened: admitted,
 * or not with the reason. Offers are opened after the candidatures and only the admitted
 * candidates' (unless the buyer examines the offers first, {@link OffersFirst}). Written once.
 */
@Entity
@Table(schema = "opening", name = "admission")
class Admission {

	@Id
	@Column(name = "deposit_id")
	private UUID depositId;

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId;

	@Column(nullable = false, updatable = false)
	private boolean admitted;

	@Column(updatable = false)
	private String reason;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private UUID decidedBy;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected Admission() {
	}

	Admission(UUID deposit, ConsultationId consultation, boolean admitted, String reason, AccountId by, Instant at) {
		this.depositId = deposit;
		this.consultationId = consultation.value();
		this.admitted = admitted;
		this.reason = reason;
		this.decidedBy = by.value();
		this.decidedAt = at;
	}

	UUID deposit() {
		return depositId;
	}

	boolean admitted() {
		return admitted;
	}

	String reason() {
		return reason;
	}

	AccountId decidedBy() {
		return new AccountId(decidedBy);
	}

	Instant decidedAt() {
		return decidedAt;
	}
}
