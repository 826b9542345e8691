package fr.openmarches.opening.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.opening.FileKey;
import fr.openmarches.opening.OpeningDesk;
import fr.openmarches.opening.OpeningSessionView;
import fr.openmarches.opening.PieceOutcome;
import fr.openmarches.opening.SealedDeposit;
import fr.openmarches.opening.SignatureStatus;
import fr.openmarches.signature.PieceVerdict;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** The opening session API's payloads and answers. */
final class SessionResources {

	private SessionResources() {
	}

	@Schema(name = "OpeningSessionStart", description = "What the host's browser sends to start a session.")
	record StartPayload(@Schema(description = "The envelope this session opens") Envelope envelope,
			@Schema(description = "The session public key the host's browser just made (RSA-OAEP 3072, SPKI DER, base64); its private key stays in the host's tab") String sessionPublicKey) {
	}

	@Schema(name = "OpeningSessionShare", description = "A member's share of the opening key, re-sealed in their browser for the session public key.")
	record SharePayload(@Schema(description = "Sealed box {v, wrappedKey, iv, ciphertext} for the session public key") JsonNode sealedShare) {
	}

	@Schema(name = "OpeningSessionPresentShare")
	record PresentShareResource(UUID member, JsonNode sealedShare) {

		static PresentShareResource of(OpeningDesk.PresentShare share) {
			return new PresentShareResource(share.member().value(), OpeningResources.json(share.sealedShare()));
		}
	}

	@Schema(name = "OpeningFileKeys", description = "File keys the host's browser derived for pieces of the envelope being opened.")
	record FileKeysPayload(List<FileKeyPayload> keys) {

		List<FileKey> fileKeys() {
			return keys == null ? List.of()
					: keys.stream().map(k -> k == null ? null : new FileKey(k.deposit(), k.position(), k.fileKey())).toList();
		}
	}

	@Schema(name = "OpeningFileKey")
	record FileKeyPayload(UUID deposit, @Schema(description = "The piece's index in the deposit's manifest") int position,
			@Schema(description = "HKDF-SHA256(content key, salt, \"openmarches/sealed-file/v1\"): 32 bytes, base64") String fileKey) {
	}

	@Schema(name = "LateDepositDecision", description = "Why a late deposit is opened, or the offers examined first.")
	record DecisionPayload(@Schema(description = "The reason, up to 2000 characters") String reason) {
	}

	@Schema(name = "AdmissionDecision", description = "The commission's decision on a candidature.")
	record AdmissionPayload(@Schema(description = "Admitted (its offer will open) or set aside") boolean admitted,
			@Schema(description = "Why; required when set aside, up to 2000 characters") String reason) {
	}

	@Schema(name = "OpeningSession", description = "A consultation's opening: the commission, the session in progress, the sessions held, the deposits and each piece's result.")
	record ViewResource(UUID consultation, String reference, String title, ConsultationState state,
			@Schema(description = "The opening public key (SPKI, base64), to check the rebuilt private key against") String openingPublicKey,
			String openingFingerprint, int quorum, List<MemberResource> commission,
			@Schema(description = "Whether the reader sits on the commission") boolean member,
			@Schema(description = "The session in progress, null when none is") SessionResource session,
			List<SessionResource> past, List<DepositResource> deposits,
			@Schema(description = "Late deposits, apart: their file keys are refused until a decision is recorded") List<DepositResource> lateDeposits,
			@Schema(description = "The decision to examine the offers before the applications (art. R2161-4); null: offers open once every application is admitted or set aside") DecisionResource offersFirst) {

		static ViewResource of(OpeningSessionView view) {
			return new ViewResource(view.consultation().value(), view.reference(), view.title(), view.state(),
					view.openingPublicKey(), view.openingFingerprint(), view.quorum(),
					view.commission().stream().map(m -> new MemberResource(m.account().value(), m.name(), m.memberFingerprint())).toList(),
					view.member(), view.session() == null ? null : SessionResource.of(view.session()),
					view.past().stream().map(SessionResource::of).toList(),
					view.deposits().stream().map(DepositResource::of).toList(),
					view.lateDeposits().stream().map(DepositResource::of).toList(),
					view.offersFirst() == null ? null : DecisionResource.of(view.offersFirst()));
		}
	}

	@Schema(name = "OpeningSessionMember")
	record MemberResource(UUID account, String name, String memberFingerprint) {
	}

	@Schema(name = "OpeningSessionSitting")
	record SessionResource(UUID id, Envelope envelope, UUID host, String hostName,
			@Schema(description = "The session public key (SPKI, base64) members seal their share for") String publicKey,
			@Schema(description = "Its SHA-256 fingerprint, hexadecimal: compare it with the host's screen before sealing") String fingerprint,
			Instant startedAt, Instant endedAt, List<PresenceResource> present,
			@Schema(description = "How many more members must join") int needed) {

		static SessionResource of(OpeningSessionView.Session s) {
			return new SessionResource(s.id(), s.envelope(), s.host().value(), s.hostName(), s.publicKey(), s.fingerprint(),
					s.startedAt(), s.endedAt(),
					s.present().stream().map(p -> new PresenceResource(p.account().value(), p.name(), p.joinedAt())).toList(),
					s.needed());
		}
	}

	@Schema(name = "OpeningSessionPresence")
	record PresenceResource(UUID account, String name, Instant joinedAt) {
	}

	@Schema(name = "DepositToOpen")
	record DepositResource(UUID id, String number, String companyName, Instant receivedAt, boolean late,
			DecisionResource lateDecision,
			@Schema(description = "Fingerprint of the opening key the content key is wrapped for") String openingKey,
			@Schema(description = "The content key wrapped for the opening key (RSA-OAEP-SHA256), base64") String wrappedKey,
			List<PieceResource> pieces,
			@Schema(description = "The commission's decision on the application; null until recorded") AdmissionResource admission,
			@Schema(description = "Documents referenced instead of sent again (« dites-le-nous une fois »), listed once "
					+ "the deposit's candidature opened; read at references/{deposit}/{index}") List<SealedDeposit.Reference> references) {

		static DepositResource of(OpeningSessionView.Deposit d) {
			var admission = d.admission();
			return new DepositResource(d.id(), d.number(), d.companyName(), d.receivedAt(), d.late(),
					d.lateDecision() == null ? null : DecisionResource.of(d.lateDecision()), d.openingKey(),
					d.wrappedKey(), d.pieces().stream().map(PieceResource::of).toList(),
					admission == null ? null : new AdmissionResource(admission.admitted(), admission.by().value(),
							admission.name(), admission.at(), admission.reason()),
					d.references());
		}
	}

	@Schema(name = "OpeningDecisionRecorded", description = "A decision of the commission: who took it, when and why.")
	record DecisionResource(UUID by, String name, Instant at, String reason) {

		static DecisionResource of(OpeningSessionView.Decision d) {
			return new DecisionResource(d.by().value(), d.name(), d.at(), d.reason());
		}
	}

	@Schema(name = "AdmissionRecorded")
	record AdmissionResource(boolean admitted, UUID by, String name, Instant at, String reason) {
	}

	@Schema(name = "PieceToOpen")
	record PieceResource(int position, Envelope envelope, Integer lot,
			@Schema(description = "Null until the piece opened") String fileName, String mediaType, long size,
			@Schema(description = "SHA-256 of the plaintext, as the company declared it") String plainSha256, long sealedSize,
			@Schema(description = "SHA-256 of the stored sealed file, as the receipt states it") String sealedSha256,
			int chunkSize, @Schema(description = "The file's salt, base64") String salt,
			@Schema(description = "Null until a file key was handed for it") PieceOutcome outcome,
			@Schema(description = "SHA-256 of the plaintext found when it opened") String foundSha256, Instant triedAt,
			int attempts,
			@Schema(description = "The check of its signature; null until checked, shortly after it opened") SignatureResource signature,
			@Schema(description = "Once opened, what the deposit recorded it as a copy of: the company's DUME response "
					+ "(ESPD_RESPONSE, detail XML or PDF) or a vault document (VAULT, detail its type); null for a file "
					+ "of the company's") SealedDeposit.Origin origin) {

		static PieceResource of(OpeningSessionView.Piece p) {
			return new PieceResource(p.position(), p.envelope(), p.lot(), p.fileName(), p.mediaType(), p.size(),
					p.plainSha256(), p.sealedSize(), p.sealedSha256(), p.chunkSize(), p.salt(), p.outcome(), p.foundSha256(),
					p.triedAt(), p.attempts(), p.signature() == null ? null : SignatureResource.of(p.signature()), p.origin());
		}
	}

	@Schema(name = "PieceSignatureCheck", description = """
			The five checks of the arrêté du 22 mars 2019 on an opened piece, by EU DSS: the piece's own signature \
			(PAdES, enveloping CAdES or XAdES) or that of a detached signature file of the same deposit naming it.""")
	record SignatureResource(SignatureStatus status,
			@Schema(description = "The piece whose check this is (itself or its detached signature file): ask its signature-report") int checkedPosition,
			@Schema(description = "For a detached signature file, the position of the piece it signs") Integer signsPosition,
			List<PieceVerdict.SignerVerdict> signers, Instant checkedAt,
			@Schema(description = "Whether DSS's reports are kept") boolean reports) {

		static SignatureResource of(OpeningSessionView.Signature s) {
			return new SignatureResource(s.status(), s.checkedPosition(), s.signsPosition(), s.signers(), s.checkedAt(),
					s.reports());
		}
	}
}
