package fr.openmarches.opening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.PurchasingEntityId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A consultation's opening commission as its ceremony left it: the opening public key suppliers
 * seal for, its fingerprint, the quorum, and one sealed share of the opening private key per
 * member. The private key itself was forgotten by the browser that made it; only {@code quorum}
 * members together can rebuild it. Checks (members, counts, state) are {@link OpeningKeys}'s: the
 * commission only records a result already judged sound.
 */
@Entity
@Table(schema = "opening", name = "commission")
class OpeningCommission {

	@Id
	@Column(name = "consultation_id")
	private UUID consultationId;

	@Column(name = "entity_id", nullable = false)
	private UUID entityId;

	@Column(name = "public_key", nullable = false)
	private String publicKey;

	@Column(nullable = false)
	private String fingerprint;

	@Column(nullable = false)
	private int quorum;

	@Column(name = "made_at", nullable = false)
	private Instant madeAt;

	/** Who ran the ceremony; {@code null} when code registered it (demo data, tests). */
	@Column(name = "made_by")
	private UUID madeBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "opening", name = "share", joinColumns = @JoinColumn(name = "consultation_id"))
	@OrderColumn(name = "position")
	private List<Share> shares = new ArrayList<>();

	@Version
	private long version;

	protected OpeningCommission() {
	}

	OpeningCommission(ConsultationId consultation, PurchasingEntityId entity) {
		this.consultationId = consultation.value();
		this.entityId = entity.value();
	}

	/** Takes the result of a ceremony, replacing the previous one's (before publication only: the caller checks). */
	void record(String publicKey, String fingerprint, int quorum, List<Share> shares, AccountId by, Instant now) {
		this.publicKey = publicKey;
		this.fingerprint = fingerprint;
		this.quorum = quorum;
		this.shares.clear();
		this.shares.addAll(shares);
		this.madeBy = by == null ? null : by.value();
		this.madeAt = now;
	}

	ConsultationId consultation() {
		return new ConsultationId(consultationId);
	}

	PurchasingEntityId entity() {
		return new PurchasingEntityId(entityId);
	}

	String publicKey() {
		return publicKey;
	}

	String fingerprint() {
		return fingerprint;
	}

	int quorum() {
		return quorum;
	}

	Instant madeAt() {
		return madeAt;
	}

	List<Share> shares() {
		return List.copyOf(shares);
	}

	/** One member's share, sealed for the member key whose fingerprint it names. */
	@Embeddable
	static class Share {

		@Column(name = "member_id", nullable = false)
		private UUID memberId;

		@Column(name = "member_fingerprint", nullable = false)
		private String memberFingerprint;

		@Column(name = "sealed_share", nullable = false)
		private String sealedShare;

		protected Share() {
		}

		Share(AccountId member, String memberFingerprint, String sealedShare) {
			this.memberId = member.value();
			this.memberFingerprint = memberFingerprint;
			this.sealedShare = sealedShare;
		}

		AccountId member() {
			return new AccountId(memberId);
		}

		String memberFingerprint() {
			return memberFingerprint;
		}

		String sealedShare() {
			return sealedShare;
		}
	}
}
