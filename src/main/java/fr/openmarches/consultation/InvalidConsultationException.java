package fr.openmarches.consultation;

import java.util.List;
import java.util.stream.Collectors;

/** What a buyer wrote cannot be saved: every {@link Violation} found, not only the first. */
public class InvalidConsultationException extends IllegalArgumentException {

	private final List<Violation> violations;

	public InvalidConsultationException(List<Violation> violations) {
		super(violations.stream()
			.map(v -> v.field() + ": " + v.messageKey() + (v.arguments().isEmpty() ? "" : " " + v.arguments()))
			.collect(Collectors.joining("; ")));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("An invalid consultation has at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public InvalidConsultationException(Violation violation) {
		this(List.of(violation));
	}

	public List<Violation> violations() {
		return violations;
	}
}
