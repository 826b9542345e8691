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
 * A commission member's recorded decision to open a late deposit, with its reason (a late bid is not
 * examined, R2151-5; opening it may still be needed, e.g. to identify the company or for a backup
 * copy's case). Until one exists, the late deposit's file keys are refused. Written once.
 */
@Entity
@Table(schema = "opening", name = "late_decision")
class LateDecision {

	static final int MAX_REASON = 2000;

	@Id
	@Column(name = "deposit_id")
	private UUID depositId;

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private UUID decidedBy;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	@Column(nullable = false, updatable = false)
	private String reason;

	protected LateDecision() {
	}

	LateDecision(UUID deposit, ConsultationId consultation, AccountId by, Instant at, String reason) {
		this.depositId = deposit;
		this.consultationId = consultation.value();
		this.decidedBy = by.value();
		this.decidedAt = at;
		this.reason = reason;
	}

	UUID deposit() {
		return depositId;
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
