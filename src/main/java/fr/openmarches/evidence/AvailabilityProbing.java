package fr.openmarches.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every poll interval whether the current slot is probed yet, and probes it once per slot
 * ({@link Availability#probeIfDue()}), then records the availability statement of every deadline
 * closed lately and settled ({@link AvailabilityStatements#stateClosedDeadlines}); unless disabled.
 */
@Component
@ConditionalOnProperty(name = "openmarches.evidence.availability.enabled", havingValue = "true", matchIfMissing = true)
class AvailabilityProbing {

	private static final Logger log = LoggerFactory.getLogger(AvailabilityProbing.class);

	/** How far back closings are looked for whose statement is not recorded yet (an instance down for days catches up this far; older ones are stated when asked for). */
	private static final java.time.Duration LOOK_BACK = java.time.Duration.ofDays(7);

	private final Availability availability;

	private final AvailabilityStatements statements;

	AvailabilityProbing(Availability availability, AvailabilityStatements statements) {
		this.availability = availability;
		this.statements = statements;
	}

	@Scheduled(fixedDelayString = "${openmarches.evidence.availability.poll-interval:PT10S}",
			initialDelayString = "PT10S")
	void probe() {
		try {
			availability.probeIfDue();
		}
		catch (RuntimeException e) {
			// the database itself may be what is down: the missing slot will say so (unknown)
			log.warn("Availability probe could not be recorded: {}", e.getMessage());
		}
		try {
			statements.stateClosedDeadlines(LOOK_BACK);
		}
		catch (RuntimeException e) {
			log.warn("Availability statements could not be recorded: {}", e.getMessage());
		}
	}
}
