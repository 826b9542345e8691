package fr.openmarches.organisation;

import java.util.UUID;

/** A service (office) of a purchasing entity, with the id that its administrators act on. */
public record OfficeView(UUID id, String name) {
}
