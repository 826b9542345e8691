package fr.openmarches.opening.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.opening.Candidate;
import fr.openmarches.opening.Ceremony;
import fr.openmarches.opening.CommissionView;
import fr.openmarches.opening.MemberKeyView;
import fr.openmarches.opening.MemberShare;
import fr.openmarches.opening.NewMemberKey;
import fr.openmarches.identity.AccountId;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The opening API's payloads and answers. Boxes made by browsers travel as the JSON objects they are. */
final class OpeningResources {

	private static final JsonMapper JSON = JsonMapper.shared();

	private OpeningResources() {
	}

	static String text(JsonNode box) {
		return box == null || box.isNull() ? null : JSON.writeValueAsString(box);
	}

	static JsonNode json(String box) {
		return JSON.readTree(box);
	}

	@Schema(name = "NewMemberKey", description = "A member key pair made in the member's browser.")
	record MemberKeyPayload(
			@Schema(description = "RSA-OAEP 3072 public key, SubjectPublicKeyInfo DER in base64") String publicKey,
			@Schema(description = "The PKCS#8 private key in a passphrase box (PBKDF2-SHA256 + AES-256-GCM), as made by the browser") JsonNode protectedPrivateKey) {

		NewMemberKey key() {
			return new NewMemberKey(publicKey, text(protectedPrivateKey));
		}
	}

	@Schema(name = "MemberKey", description = "The signed-in member's key.")
	record MemberKeyResource(String publicKey,
			@Schema(description = "SHA-256 of the SPKI DER, hexadecimal") String fingerprint,
			@Schema(description = "The passphrase box, to open with the member's passphrase") JsonNode protectedPrivateKey,
			Instant createdAt,
			@Schema(description = "Whether a new key may replace it: not while it seals shares of consultations still to be opened") boolean replaceable,
			@Schema(description = "Consultations still to be opened where a share is sealed for this key") List<ConsultationRef> stillToOpen) {

		static MemberKeyResource of(MemberKeyView key) {
			return new MemberKeyResource(key.publicKey(), key.fingerprint(), json(key.protectedPrivateKey()),
					key.createdAt(), key.replaceable(),
					key.stillToOpen().stream().map(c -> new ConsultationRef(c.id().value(), c.reference(), c.title(), c.state())).toList());
		}
	}

	@Schema(name = "ConsultationReference")
	record ConsultationRef(UUID id, String reference, String title, ConsultationState state) {
	}

	@Schema(name = "Ceremony", description = """
			The result of an opening ceremony run in the buyer's browser: the opening public key, the quorum, \
			and one sealed share of the opening private key per member. The private key does not travel.""")
	record CeremonyPayload(
			@Schema(description = "RSA-OAEP 3072 public key, SubjectPublicKeyInfo DER in base64") String publicKey,
			@Schema(description = "Members needed to open (k), 1 ≤ k ≤ n") int quorum,
			@Schema(description = "One per member (n)") List<SharePayload> shares) {

		Ceremony ceremony() {
			var sealed = shares == null ? List.<Ceremony.SealedShare>of()
					: shares.stream()
						.map(s -> new Ceremony.SealedShare(s.member() == null ? null : new AccountId(s.member()),
								text(s.sealedShare())))
						.toList();
			return new Ceremony(publicKey, quorum, sealed);
		}
	}

	@Schema(name = "SealedShare")
	record SharePayload(@Schema(description = "The member's account id") UUID member,
			@Schema(description = "The share in a sealed box for the member's public key: {v, wrappedKey, iv, ciphertext}") JsonNode sealedShare) {
	}

	@Schema(name = "Commission", description = "A consultation's opening commission and opening key.")
	record CommissionResource(String publicKey,
			@Schema(description = "SHA-256 of the opening public key's SPKI DER, hexadecimal") String fingerprint,
			int quorum, List<MemberResource> members, Instant madeAt) {

		static CommissionResource of(CommissionView commission) {
			return new CommissionResource(commission.publicKey(), commission.fingerprint(), commission.quorum(),
					commission.members().stream().map(m -> new MemberResource(m.account().value(), m.name(), m.memberFingerprint())).toList(),
					commission.madeAt());
		}
	}

	@Schema(name = "CommissionMember")
	record MemberResource(UUID account, String name,
			@Schema(description = "Fingerprint of the member key the share is sealed for") String memberFingerprint) {
	}

	@Schema(name = "CommissionPage", description = "The commission, if any, and the people who may sit on it.")
	record CommissionPage(CommissionResource commission, List<CandidateResource> candidates) {
	}

	@Schema(name = "CommissionCandidate", description = "A commission member of the consultation's entity.")
	record CandidateResource(UUID account, String name,
			@Schema(description = "Their member key; null until they make one (they cannot be chosen before)") String publicKey,
			String fingerprint) {

		static CandidateResource of(Candidate candidate) {
			return new CandidateResource(candidate.account().value(), candidate.name(), candidate.publicKey(),
					candidate.fingerprint());
		}
	}

	@Schema(name = "OpeningShare", description = "A share of a consultation's opening private key sealed for the signed-in member.")
	record ShareResource(ConsultationRef consultation,
			@Schema(description = "Fingerprint of the opening public key the shares rebuild") String openingFingerprint,
			int quorum, int members, String memberFingerprint, JsonNode sealedShare) {

		static ShareResource of(MemberShare share) {
			var c = share.consultation();
			return new ShareResource(new ConsultationRef(c.id().value(), c.reference(), c.title(), c.state()),
					share.openingFingerprint(), share.quorum(), share.members(), share.memberFingerprint(),
					json(share.sealedShare()));
		}
	}
}
