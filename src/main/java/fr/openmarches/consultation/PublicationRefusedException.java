package fr.openmarches.consultation;

import java.util.List;

/** A draft was asked to go public while it still misses what {@link #missing()} lists. */
public class PublicationRefusedException extends IllegalStateException {

	private final List<Requirement> missing;

	PublicationRefusedException(ConsultationId id, List<Requirement> missing) {
		super("Consultation " + id + " cannot be published: it misses " + missing);
		this.missing = List.copyOf(missing);
	}

	public List<Requirement> missing() {
		return missing;
	}
}
