package fr.openmarches.opening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One sitting of the commission to open one envelope of a consultation's deposits (docs/sealing.md,
 * « Opening session »). The host's browser made the session key pair and keeps its private key; the
 * server keeps the public key and, as members join, their shares re-sealed for it, which it cannot
 * open. In progress until {@link #end}; then it takes nothing more.
 */
@Entity
@Table(schema = "opening", name = "session")
class OpeningSession {

	@Id
	private UUID id;

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Envelope envelope;

	@Column(name = "host_id", nullable = false, updatable = false)
	private UUID hostId;

	@Column(name = "session_public_key", nullable = false, updatable = false)
	private String sessionPublicKey;

	@Column(name = "session_fingerprint", nullable = false, updatable = false)
	private String sessionFingerprint;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "opening", name = "session_share", joinColumns = @JoinColumn(name = "session_id"))
	private List<Presence> present = new ArrayList<>();

	@Version
	private long version;

	protected OpeningSession() {
	}

	OpeningSession(ConsultationId consultation, Envelope envelope, AccountId host, String sessionPublicKey,
			String sessionFingerprint, Instant now) {
		this.id = UUID.randomUUID();
		this.consultationId = consultation.value();
		this.envelope = envelope;
		this.hostId = host.value();
		this.sessionPublicKey = sessionPublicKey;
		this.sessionFingerprint = sessionFingerprint;
		this.startedAt = now;
	}

	/**
	 * A member joins with their share re-sealed for the session key; joining again replaces it
	 * (a member whose browser sealed for a wrong key retries).
	 * @throws SessionRefusedException when the session has ended
	 */
	void join(AccountId member, String sealedShare, Instant now) {
		requireInProgress();
		present.removeIf(p -> p.memberId.equals(member.value()));
		present.add(new Presence(member, sealedShare, now));
	}

	/**
	 * Ends the sitting: the host's tab forgets its keys, the server takes no more shares or file keys.
	 * @throws SessionRefusedException when it has already ended
	 */
	void end(Instant now) {
		requireInProgress();
		endedAt = now;
	}

	void requireInProgress() {
		if (endedAt != null) {
			throw new SessionRefusedException(SessionRefusedException.Reason.ENDED);
		}
	}

	boolean inProgress() {
		return endedAt == null;
	}

	boolean hostedBy(AccountId account) {
		return hostId.equals(account.value());
	}

	UUID id() {
		return id;
	}

	ConsultationId consultation() {
		return new ConsultationId(consultationId);
	}

	Envelope envelope() {
		return envelope;
	}

	AccountId host() {
		return new AccountId(hostId);
	}

	String sessionPublicKey() {
		return sessionPublicKey;
	}

	String sessionFingerprint() {
		return sessionFingerprint;
	}

	Instant startedAt() {
		return startedAt;
	}

	Optional<Instant> endedAt() {
		return Optional.ofNullable(endedAt);
	}

	List<Presence> present() {
		return List.copyOf(present);
	}

	/** A member present, with their share sealed for the session key. */
	@Embeddable
	static class Presence {

		@Column(name = "member_id", nullable = false)
		private UUID memberId;

		@Column(name = "sealed_share", nullable = false)
		private String sealedShare;

		@Column(name = "joined_at", nullable = false)
		private Instant joinedAt;

		protected Presence() {
		}

		Presence(AccountId member, String sealedShare, Instant joinedAt) {
			this.memberId = member.value();
			this.sealedShare = sealedShare;
			this.joinedAt = joinedAt;
		}

		AccountId member() {
			return new AccountId(memberId);
		}

		String sealedShare() {
			return sealedShare;
		}

		Instant joinedAt() {
			return joinedAt;
		}
	}
}
