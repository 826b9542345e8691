package fr.openmarches.platform;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * When a request reached this instance, taken first thing, before it queued for anything
 * (a connection, a lock): a deposit's time of reception is when it reached the platform, not when
 * the platform, busy at a deadline, got round to it.
 */
public final class RequestArrival {

	private static final String ATTRIBUTE = RequestArrival.class.getName();

	private RequestArrival() {
	}

	/** Records {@code at} as {@code request}'s arrival (the platform's first filter does). */
	public static void record(HttpServletRequest request, Instant at) {
		request.setAttribute(ATTRIBUTE, at);
	}

	/** When {@code request} arrived; empty outside a request that went through the filters. */
	public static Optional<Instant> of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Instant at ? Optional.of(at) : Optional.empty();
	}
}
