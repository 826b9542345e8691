package fr.openmarches.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the consultation module.
 *
 * @param chronographInterval how often the chronograph looks for consultations whose next check
 *        is due (the deadline itself is exact: a consultation is closed at most this late)
 * @param pageSize consultations per page of the public lists
 * @param closingSoon how close a deadline must be for lists to flag it as urgent
 * @param maxDocumentSize the largest file a buyer may attach to a consultation (default 150 Mo, in
 *        decimal units as pages show sizes), at start-up (see
 *        {@link ConsultationSettings} to change it while running); the servlet container's own
 *        multipart limit ({@code spring.servlet.multipart.max-file-size}) must not be smaller
 * @param euThresholds the thresholds at or above which notices go to the JOUE
 */
@ConfigurationProperties("openmarches.consultation")
public record ConsultationProperties(@DefaultValue("PT30S") Duration chronographInterval,
		@DefaultValue("20") int pageSize, @DefaultValue("P3D") Duration closingSoon,
		@DefaultValue("150000000B") DataSize maxDocumentSize, @DefaultValue EuThresholds euThresholds) {
}
