package fr.openmarches.opendata;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a contract record on the platform (the DECP id is the buyer's, unique per buyer only). */
public record ContractId(UUID value) {

	public ContractId {
		Objects.requireNonNull(value, "value");
	}

	/** The id written in {@code text}, if it is one. */
	public static Optional<ContractId> parse(String text) {
		try {
			return Optional.of(new ContractId(UUID.fromString(text)));
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
