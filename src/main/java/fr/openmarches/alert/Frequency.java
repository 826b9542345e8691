package fr.openmarches.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import fr.openmarches.platform.LegalTime;

/** How often an alert mails its new consultations. */
public enum Frequency {

	/** As soon as a matching consultation is published (checked every minute). */
	IMMEDIATE,

	/** One digest a day, at 7:00 Paris time. */
	DAILY;

	static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

	/** When an alert run at {@code now} runs next. */
	Instant nextRunAfter(Instant now, Duration immediateInterval) {
		return switch (this) {
			case IMMEDIATE -> now.plus(immediateInterval);
			case DAILY -> {
				var local = now.atZone(LegalTime.ZONE);
				var today = local.toLocalDate().atTime(DIGEST_TIME).atZone(LegalTime.ZONE);
				yield (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
			}
		};
	}
}
