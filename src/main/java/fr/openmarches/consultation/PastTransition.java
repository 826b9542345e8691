package fr.openmarches.consultation;

import java.time.Instant;

/**
 * A transition that happened to a consultation before it came onto this platform, for
 * {@link ConsultationService#recordPast}.
 *
 * @param reason why, for a cancellation; {@code null} otherwise
 */
public record PastTransition(ConsultationState to, Instant at, String reason) {

	public static PastTransition to(ConsultationState state, Instant at) {
		return new PastTransition(state, at, null);
	}

	public static PastTransition cancelled(Instant at, String reason) {
		return new PastTransition(ConsultationState.CANCELLED, at, reason);
	}
}
