package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountId;

/**
 * A consultation's opening as the commission and the buyers see it: the commission, the session in
 * progress if any (who is present, how many more are needed), the sessions held, and the deposits
 * with each piece's result; late deposits apart.
 *
 * @param openingFingerprint the opening public key's fingerprint, to check the rebuilt key against
 * @param openingPublicKey the opening public key (SPKI, base64): the host's browser checks the rebuilt
 *        private key by opening what it wrapped for it
 * @param member whether the reader sits on the commission (and may join)
 * @param session the session in progress; {@code null} when none is
 * @param past the sessions held, oldest first
 */
public record OpeningSessionView(ConsultationId consultation, String reference, String title, ConsultationState state,
		String openingPublicKey, String openingFingerprint, int quorum, List<Member> commission, boolean member,
		Session session, List<Session> past, List<Deposit> deposits, List<Deposit> lateDeposits) {

	public OpeningSessionView {
		commission = List.copyOf(commission);
		past = List.copyOf(past);
		deposits = List.copyOf(deposits);
		lateDeposits = List.copyOf(lateDeposits);
	}

	/** A commission member; the member's share is sealed for the key {@code memberFingerprint}. */
	public record Member(AccountId account, String name, String memberFingerprint) {
	}

	/**
	 * One sitting.
	 *
	 * @param fingerprint SHA-256 of the session public key's SPKI DER, hexadecimal: members compare it
	 *        with the host's screen before sealing their share for it
	 * @param needed how many more members must join before the key can be rebuilt
	 */
	public record Session(UUID id, Envelope envelope, AccountId host, String hostName, String publicKey,
			String fingerprint, Instant startedAt, Instant endedAt, List<Presence> present, int needed) {

		public Session {
			present = List.copyOf(present);
		}

		public boolean inProgress() {
			return endedAt == null;
		}

		/** The fingerprint in groups of four, as read aloud. */
		public String fingerprintGroups() {
			return OpeningSessionView.groups(fingerprint);
		}
	}

	/** A member who joined a session, and when. */
	public record Presence(AccountId account, String name, Instant joinedAt) {
	}

	/**
	 * A deposit to open.
	 *
	 * @param wrappedKey the content key wrapped for the opening key (base64), for the host's browser
	 * @param lateDecision the decision to open it, for a late deposit; {@code null} otherwise or until recorded
	 */
	public record Deposit(UUID id, String number, String companyName, Instant receivedAt, boolean late,
			LateDecision lateDecision, String openingKey, String wrappedKey, List<Piece> pieces) {

		public Deposit {
			pieces = List.copyOf(pieces);
		}
	}

	/** Who decided to open a late deposit, when and why. */
	public record LateDecision(AccountId by, String name, Instant at, String reason) {
	}

	/**
	 * One piece and what its file key gave.
	 *
	 * @param fileName {@code null} until the piece opened: before, the buyer learns no file name
	 * @param salt the file's salt (base64), from which with the content key the host derives its file key
	 * @param outcome {@code null} until a file key was handed for it
	 * @param foundSha256 the plaintext's SHA-256 found when it opened (differs from {@code plainSha256} on a mismatch)
	 */
	public record Piece(int position, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
			String plainSha256, long sealedSize, String sealedSha256, int chunkSize, String salt, PieceOutcome outcome,
			String foundSha256, Instant triedAt, int attempts) {

		/** Whether the buyer may read it: opened, hashes matching. */
		public boolean readable() {
			return outcome == PieceOutcome.OPENED;
		}
	}

	/** {@code abcd1234…} as {@code abcd 1234 …}. */
	static String groups(String hex) {
		if (hex == null) {
			return null;
		}
		var grouped = new StringBuilder();
		for (int i = 0; i < hex.length(); i += 4) {
			grouped.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 4));
		}
		return grouped.toString();
	}
}
