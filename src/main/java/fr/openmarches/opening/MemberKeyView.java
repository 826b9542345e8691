package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;

import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.identity.AccountId;

/**
 * A commission member's key, as they read it back.
 *
 * @param protectedPrivateKey the passphrase box their browser made (JSON), to open with their passphrase
 * @param stillToOpen the consultations not yet opened where they hold a share sealed for this key:
 *        while there is one, the key cannot be replaced
 */
public record MemberKeyView(AccountId member, String publicKey, String fingerprint, String protectedPrivateKey,
		Instant createdAt, List<ConsultationSummary> stillToOpen) {

	public MemberKeyView {
		stillToOpen = List.copyOf(stillToOpen);
	}

	/** Whether a new key pair may replace this one now. */
	public boolean replaceable() {
		return stillToOpen.isEmpty();
	}
}
