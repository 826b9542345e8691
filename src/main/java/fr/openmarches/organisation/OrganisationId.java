package fr.openmarches.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation (ministry or agency) across modules. */
public record OrganisationId(UUID value) {

	public OrganisationId {
		Objects.requireNonNull(value, "value");
	}

	public static OrganisationId random() {
		return new OrganisationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
