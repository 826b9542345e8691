package fr.openmarches.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time for the whole platform. Legal deadlines are Europe/Paris wall-clock times; every module
 * takes "now" from the injected {@link Clock} so that tests move time instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
public class LegalTime {

	/** The zone in which deadlines are written, published and enforced. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}
}
