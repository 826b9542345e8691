package fr.openmarches.consultation;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a consultation across modules. */
public record ConsultationId(UUID value) {

	public ConsultationId {
		Objects.requireNonNull(value, "value");
	}

	public static ConsultationId random() {
		return new ConsultationId(UUID.randomUUID());
	}

	/** The id written in {@code text}, if it is one (URLs carry ids as text). */
	public static Optional<ConsultationId> parse(String text) {
		try {
			return Optional.of(new ConsultationId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
