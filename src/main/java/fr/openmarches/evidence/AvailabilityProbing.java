package fr.openmarches.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks every poll interval whether the current slot is probed yet, and probes it once per slot ({@link Availability#probeIfDue()}), unless disabled. */
@Component
@ConditionalOnProperty(name = "openmarches.evidence.availability.enabled", havingValue = "true", matchIfMissing = true)
class AvailabilityProbing {

	private static final Logger log = LoggerFactory.getLogger(AvailabilityProbing.class);

	private final Availability availability;

	AvailabilityProbing(Availability availability) {
		this.availability = availability;
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
	}
}
