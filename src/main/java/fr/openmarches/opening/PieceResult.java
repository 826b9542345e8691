package fr.openmarches.opening;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the last file key handed for one piece of a deposit gave. Once {@linkplain PieceOutcome#opened()
 * opened}, final: its file key is kept wrapped under the platform key and further keys are refused;
 * otherwise the host may hand another key ({@link #retry}).
 */
@Entity
@Table(schema = "opening", name = "piece")
class PieceResult {

	@EmbeddedId
	private Key key;

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId;

	@Column(name = "session_id", nullable = false)
	private UUID sessionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Envelope envelope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PieceOutcome outcome;

	@Column(name = "plain_sha256")
	private String plainSha256;

	@Column(name = "wrapped_file_key")
	private String wrappedFileKey;

	@Column(name = "tried_at", nullable = false)
	private Instant triedAt;

	@Column(name = "tried_by", nullable = false)
	private UUID triedBy;

	@Column(nullable = false)
	private int attempts;

	@Version
	private long version;

	protected PieceResult() {
	}

	PieceResult(Key key, ConsultationId consultation, Envelope envelope) {
		this.key = key;
		this.consultationId = consultation.value();
		this.envelope = envelope;
	}

	/**
	 * Records what a file key gave.
	 * @param plainSha256 the plaintext's SHA-256 when it opened to the end, else {@code null}
	 * @param wrappedFileKey the file key wrapped under the platform key when it opened, else {@code null}
	 * @throws IllegalStateException when the piece was already opened
	 */
	void record(OpeningSession session, AccountId by, PieceOutcome outcome, String plainSha256, String wrappedFileKey,
			Instant now) {
		if (this.outcome != null && this.outcome.opened()) {
			throw new IllegalStateException("Piece " + key + " is already opened");
		}
		if (outcome.opened() != (wrappedFileKey != null)) {
			throw new IllegalArgumentException("The file key is kept exactly when the piece opened");
		}
		this.sessionId = session.id();
		this.outcome = outcome;
		this.plainSha256 = plainSha256;
		this.wrappedFileKey = wrappedFileKey;
		this.triedAt = now;
		this.triedBy = by.value();
		this.attempts++;
	}

	/** Whether another file key may still be tried: the piece did not open. */
	boolean retry() {
		return outcome == null || !outcome.opened();
	}

	Key key() {
		return key;
	}

	Envelope envelope() {
		return envelope;
	}

	PieceOutcome outcome() {
		return outcome;
	}

	String plainSha256() {
		return plainSha256;
	}

	String wrappedFileKey() {
		return wrappedFileKey;
	}

	Instant triedAt() {
		return triedAt;
	}

	int attempts() {
		return attempts;
	}

	/** A piece: its deposit and its position in the deposit's manifest. */
	@Embeddable
	static class Key implements Serializable {

		@Column(name = "deposit_id", nullable = false, updatable = false)
		private UUID depositId;

		@Column(nullable = false, updatable = false)
		private int position;

		protected Key() {
		}

		Key(UUID depositId, int position) {
			this.depositId = depositId;
			this.position = position;
		}

		UUID depositId() {
			return depositId;
		}

		int position() {
			return position;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.depositId.equals(depositId) && key.position == position;
		}

		@Override
		public int hashCode() {
			return Objects.hash(depositId, position);
		}

		@Override
		public String toString() {
			return depositId + "/" + position;
		}
	}
}
