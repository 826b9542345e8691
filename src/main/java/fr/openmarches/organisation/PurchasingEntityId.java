package fr.openmarches.organisation;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a purchasing entity (entité d'achat) across modules. */
public record PurchasingEntityId(UUID value) {

	public PurchasingEntityId {
		Objects.requireNonNull(value, "value");
	}

	public static PurchasingEntityId random() {
		return new PurchasingEntityId(UUID.randomUUID());
	}

	/** The id written in {@code text}, if it is one (URLs carry ids as text). */
	public static Optional<PurchasingEntityId> parse(String text) {
		try {
			return Optional.of(new PurchasingEntityId(UUID.fromString(text)));
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
