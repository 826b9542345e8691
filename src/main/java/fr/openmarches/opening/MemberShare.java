package fr.openmarches.opening;

import fr.openmarches.consultation.ConsultationSummary;

/**
 * One share of a consultation's opening private key held by a commission member, sealed for their
 * member key: they open it in their browser with their passphrase at the opening.
 *
 * @param openingFingerprint the opening public key's fingerprint, to check the rebuilt key against
 * @param members how many shares were made (n)
 * @param memberFingerprint the member key the share is sealed for
 * @param sealedShare the sealed box (JSON object)
 */
public record MemberShare(ConsultationSummary consultation, String openingFingerprint, int quorum, int members,
		String memberFingerprint, String sealedShare) {
}
