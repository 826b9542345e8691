package fr.openmarches.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.openmarches.signature.TimestampException;

/** Asks, every minute, whether the day's head is due ({@link DailyHeads#stampIfDue()}). */
@Component
class HeadStamping {

	private static final Logger log = LoggerFactory.getLogger(HeadStamping.class);

	private final DailyHeads heads;

	HeadStamping(DailyHeads heads) {
		this.heads = heads;
	}

	@Scheduled(fixedDelayString = "${openmarches.evidence.stamping-interval:PT1M}")
	void stampIfDue() {
		try {
			heads.stampIfDue();
		}
		catch (TimestampException e) {
			log.warn("The day's evidence head could not be timestamped, it stays due: {}", e.getMessage());
		}
	}
}
