package fr.openmarches.alert;

import java.time.Instant;
import java.util.UUID;

/** An alert as its owner sees it. */
public record AlertView(UUID id, String name, AlertCriteria criteria, Frequency frequency, Instant createdAt,
		Instant nextRunAt) {
}
