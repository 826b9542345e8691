package fr.openmarches.opening;

import fr.openmarches.identity.AccountId;

/**
 * A commission member of an entity, as the buyer choosing a commission sees them.
 *
 * @param publicKey their member key's public key; {@code null} while they have not made one (they
 *        cannot be chosen yet)
 */
public record Candidate(AccountId account, String name, String email, String publicKey, String fingerprint) {

	public boolean hasKey() {
		return publicKey != null;
	}
}
