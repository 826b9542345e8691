package fr.openmarches.submission;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a deposit (pli). */
public record DepositId(@JsonValue UUID value) {

	public DepositId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
