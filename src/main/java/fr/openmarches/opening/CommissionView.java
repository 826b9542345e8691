package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/**
 * A consultation's opening commission, as buyers see it.
 *
 * @param fingerprint SHA-256 of the opening public key's SPKI DER, in hexadecimal
 * @param members in the ceremony's order
 */
public record CommissionView(ConsultationId consultation, String publicKey, String fingerprint, int quorum,
		List<Member> members, Instant madeAt) {

	public CommissionView {
		members = List.copyOf(members);
	}

	/**
	 * @param memberFingerprint the fingerprint of the member key their share is sealed for
	 */
	public record Member(AccountId account, String name, String memberFingerprint) {
	}
}
