package fr.openmarches.submission;

import java.util.Objects;
import java.util.UUID;

/** Identifies a deposit (pli). */
public record DepositId(UUID value) {

	public DepositId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
