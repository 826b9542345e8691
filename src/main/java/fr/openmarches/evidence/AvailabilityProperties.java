package fr.openmarches.evidence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the availability log (docs/evidence.md, "Availability").
 *
 * @param enabled whether this instance probes the platform (statements are served either way)
 * @param probeInterval how often the platform is probed; each probe stands for one slot of this
 *        length, whichever instance takes it
 * @param pollInterval how often each instance looks whether the current slot is probed yet
 *        (shorter than the probe interval, so that no slot is missed)
 * @param slowThreshold a check slower than this makes the probe DEGRADED
 * @param timeout how long a check of the web server may take before it counts as failed
 * @param window the window before a consultation's deposit deadline its statement covers
 * @param maxSpan the longest window the API serves in one call
 */
@ConfigurationProperties("openmarches.evidence.availability")
public record AvailabilityProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("PT1M") Duration probeInterval, @DefaultValue("PT10S") Duration pollInterval,
		@DefaultValue("PT2S") Duration slowThreshold,
		@DefaultValue("PT10S") Duration timeout, @DefaultValue("PT4H") Duration window,
		@DefaultValue("P7D") Duration maxSpan) {

	public AvailabilityProperties {
		if (probeInterval.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("openmarches.evidence.availability.probe-interval must be at least 1s");
		}
	}
}
