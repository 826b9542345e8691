package fr.openmarches.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its owner sees it: never its secret.
 *
 * @param hint the secret's first characters, to tell tokens apart
 * @param expiresAt null when it never expires
 * @param lastUsedAt to the minute; null when never used
 */
public record ApiTokenView(UUID id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, State state) {

	/** Whether a token still authenticates. */
	public enum State {
		/** Authenticates its owner. */
		ACTIVE,
		/** Past its expiry: refused. */
		EXPIRED,
		/** Revoked by its owner: refused. */
		REVOKED
	}
}
