package fr.openmarches.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The recent failures of one subject (an email address, a network address, a person's second
 * factor) and the block they led to. A subject with no row has no recent failure.
 */
@Entity
@Table(schema = "identity", name = "sign_in_throttle")
class Throttle {

	@Id
	private String subject;

	/** Failures since {@link #windowStartedAt}. */
	@Column(nullable = false)
	private int failures;

	@Column(name = "window_started_at")
	private Instant windowStartedAt;

	@Column(name = "blocked_until")
	private Instant blockedUntil;

	/** Blocks in a row, each within the policy's memory of the previous one: the next one doubles. */
	@Column(nullable = false)
	private int blocks;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Throttle() {
	}

	Throttle(String subject, Instant now) {
		this.subject = subject;
		this.updatedAt = now;
	}

	/** The end of the block in force at {@code now}, if any. */
	Optional<Instant> blockedAt(Instant now) {
		return blockedUntil != null && now.isBefore(blockedUntil) ? Optional.of(blockedUntil) : Optional.empty();
	}

	/**
	 * Counts a failure at {@code now}; returns the end of the block in force afterwards, if any. A
	 * failure during a block does not lengthen it (attempts are refused before being checked).
	 */
	Optional<Instant> fail(Instant now, ThrottlePolicy policy) {
		var current = blockedAt(now);
		if (current.isPresent()) {
			return current;
		}
		// A window that ended, or that starts in the future (the clock went back), starts over.
		if (windowStartedAt == null || now.isBefore(windowStartedAt)
				|| !now.isBefore(windowStartedAt.plus(policy.window()))) {
			windowStartedAt = now;
			failures = 0;
		}
		failures++;
		updatedAt = now;
		if (failures < policy.maxFailures()) {
			return Optional.empty();
		}
		if (blockedUntil != null && now.isAfter(blockedUntil.plus(policy.blockMemory()))) {
			blocks = 0;
		}
		blockedUntil = now.plus(policy.blockAfter(blocks));
		blocks++;
		failures = 0;
		windowStartedAt = null;
		return Optional.of(blockedUntil);
	}

	String subject() {
		return subject;
	}

	int failures() {
		return failures;
	}
}
