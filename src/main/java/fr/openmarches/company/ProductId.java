package fr.openmarches.company;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a product fiche. */
public record ProductId(UUID value) {

	public ProductId {
		Objects.requireNonNull(value, "value");
	}

	/** The id in a URL, if it is one. */
	public static Optional<ProductId> parse(String text) {
		try {
			return Optional.of(new ProductId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
