package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountId;
import fr.openmarches.signature.PieceVerdict.SignerVerdict;

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
 * @param offersFirst the decision to examine the offers before the candidatures, which lifts the
 *        sequence; {@code null} when none was taken: offers open after the candidatures are decided on
 */
public record OpeningSessionView(ConsultationId consultation, String reference, String title, ConsultationState state,
		String openingPublicKey, String openingFingerprint, int quorum, List<Member> commission, boolean member,
		Session session, List<Session> past, List<Deposit> deposits, List<Deposit> lateDeposits,
		Decision offersFirst) {

	public OpeningSessionView {
		commission = List.copyOf(commission);
		past = List.copyOf(past);
		deposits = List.copyOf(deposits);
		lateDeposits = List.copyOf(lateDeposits);
	}

	/**
	 * The candidatures the commission decides on: the deposits holding application pieces, on time or
	 * late and decided to be opened.
	 */
	public List<Deposit> candidatures() {
		return Stream.concat(deposits.stream(), lateDeposits.stream().filter(d -> d.lateDecision() != null))
			.filter(d -> d.pieces().stream().anyMatch(p -> p.envelope() == Envelope.APPLICATION))
			.toList();
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
	 * @param admission the commission's decision on the candidature; {@code null} until recorded
	 */
	public record Deposit(UUID id, String number, String companyName, Instant receivedAt, boolean late,
			Decision lateDecision, String openingKey, String wrappedKey, List<Piece> pieces, Admission admission,
			List<SealedDeposit.Reference> references) {

		public Deposit {
			pieces = List.copyOf(pieces);
			references = references == null ? List.of() : List.copyOf(references);
		}

		/** Whether the candidature may now be admitted or set aside: every application piece went through the opening. */
		public boolean admissible() {
			var applications = pieces.stream().filter(p -> p.envelope() == Envelope.APPLICATION).toList();
			return admission == null && !applications.isEmpty() && applications.stream().allMatch(p -> p.outcome() != null);
		}

		/** The file name of the piece at {@code position}, {@code null} while sealed. */
		public String fileName(int position) {
			return pieces.stream().filter(p -> p.position() == position).map(Piece::fileName).findFirst().orElse(null);
		}
	}

	/** The commission's decision on a candidature: admitted, or not and why. */
	public record Admission(boolean admitted, AccountId by, String name, Instant at, String reason) {
	}

	/** A decision recorded with who took it, when and why. */
	public record Decision(AccountId by, String name, Instant at, String reason) {
	}

	/**
	 * One piece and what its file key gave.
	 *
	 * @param fileName {@code null} until the piece opened: before, the buyer learns no file name
	 * @param salt the file's salt (base64), from which with the content key the host derives its file key
	 * @param outcome {@code null} until a file key was handed for it
	 * @param foundSha256 the plaintext's SHA-256 found when it opened (differs from {@code plainSha256} on a mismatch)
	 * @param signature what the check of its signature found; {@code null} until checked (shortly after it
	 *        opened) and for a piece that did not open
	 * @param origin {@code null} until the piece opened, and for a file of the supplier's: what the
	 *        deposit recorded it as a copy of (the company's DUME response, a vault document)
	 */
	public record Piece(int position, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
			String plainSha256, long sealedSize, String sealedSha256, int chunkSize, String salt, PieceOutcome outcome,
			String foundSha256, Instant triedAt, int attempts, Signature signature, SealedDeposit.Origin origin) {

		/** Whether the buyer may read it: opened, hashes matching. */
		public boolean readable() {
			return outcome == PieceOutcome.OPENED;
		}

		/** Whether its signature is still being checked. */
		public boolean signaturePending() {
			return readable() && signature == null;
		}
	}

	/**
	 * The signature check of an opened piece (the five checks of the arrêté du 22 mars 2019).
	 *
	 * @param checkedPosition the piece whose check this is: the piece itself, or the detached
	 *        signature file of the deposit that signs it (DSS's reports are that piece's)
	 * @param signsPosition for a detached signature file, the position of the piece it signs
	 * @param signers one verdict per signature, with its five checks
	 * @param reports whether DSS's reports are kept
	 */
	public record Signature(SignatureStatus status, int checkedPosition, Integer signsPosition,
			List<SignerVerdict> signers, Instant checkedAt, boolean reports) {

		public Signature {
			signers = List.copyOf(signers);
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
