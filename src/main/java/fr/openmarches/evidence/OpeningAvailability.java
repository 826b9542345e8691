package fr.openmarches.evidence;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.openmarches.opening.DeadlineAvailability;

/** The availability statement before a deadline, as the opening report reads it. */
@Component
class OpeningAvailability implements DeadlineAvailability {

	private final Availability availability;

	OpeningAvailability(Availability availability) {
		this.availability = availability;
	}

	@Override
	public List<Period> before(Instant deadline) {
		try {
			return availability.beforeDeadline(deadline)
				.periods()
				.stream()
				.map(period -> new Period(period.status().name(), period.start(), period.end()))
				.toList();
		}
		catch (IllegalArgumentException notYet) {
			return List.of(); // the window has not begun
		}
	}
}
