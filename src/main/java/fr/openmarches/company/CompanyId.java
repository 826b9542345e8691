package fr.openmarches.company;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a company across modules. */
public record CompanyId(UUID value) {

	public CompanyId {
		Objects.requireNonNull(value, "value");
	}

	/** The id in a URL, if it is one. */
	public static Optional<CompanyId> parse(String text) {
		try {
			return Optional.of(new CompanyId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public static CompanyId random() {
		return new CompanyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
