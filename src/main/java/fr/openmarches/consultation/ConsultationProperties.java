package fr.openmarches.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consultation module.
 *
 * @param chronographInterval how often the chronograph looks for consultations whose next check
 *        is due (the deadline itself is exact: a consultation is closed at most this late)
 * @param pageSize consultations per page of the public lists
 * @param closingSoon how close a deadline must be for lists to flag it as urgent
 */
@ConfigurationProperties("openmarches.consultation")
public record ConsultationProperties(@DefaultValue("PT30S") Duration chronographInterval,
		@DefaultValue("20") int pageSize, @DefaultValue("P3D") Duration closingSoon) {
}
