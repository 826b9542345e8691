package fr.openmarches.consultation;

/** A consultation was asked to do something its state does not allow. */
public class IllegalTransitionException extends IllegalStateException {

	private final ConsultationState state;

	IllegalTransitionException(ConsultationId id, ConsultationState state, String action) {
		super("Consultation " + id + " cannot " + action + " while " + state);
		this.state = state;
	}

	public ConsultationState state() {
		return state;
	}
}
