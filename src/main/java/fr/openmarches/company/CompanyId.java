package fr.openmarches.company;

import java.util.Objects;
import java.util.UUID;

/** Identifies a company across modules. */
public record CompanyId(UUID value) {

	public CompanyId {
		Objects.requireNonNull(value, "value");
	}

	public static CompanyId random() {
		return new CompanyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
