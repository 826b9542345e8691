package fr.openmarches.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param immediateInterval how often immediate alerts are looked at
 * @param maximumPerMail at most this many consultations listed in one mail (the rest: a link)
 */
@ConfigurationProperties("openmarches.alert")
record AlertProperties(@DefaultValue("PT1M") Duration immediateInterval, @DefaultValue("50") int maximumPerMail) {
}
