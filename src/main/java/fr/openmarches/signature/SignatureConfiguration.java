package fr.openmarches.signature;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.openmarches.signature.tsa.TimestampAuthority;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SignatureProperties.class, VerificationProperties.class })
class SignatureConfiguration {

	@Bean
	PlatformKeys platformKeys(SignatureProperties properties, Clock clock) {
		return PlatformKeys.loadOrCreate(properties.keyStore(), properties.keyStorePassword().toCharArray(),
				properties.name(), clock);
	}

	/** The built-in authority: stamps for {@link Timestamps} by default, and answers {@code POST /tsa}. */
	@Bean
	TimestampAuthority timestampAuthority(PlatformKeys keys, SignatureProperties properties, Clock clock) {
		return new TimestampAuthority(keys.tsaKey(), List.of(keys.tsaCertificate(), keys.platformCertificate()),
				PlatformKeys.SIGNING_ALGORITHM, properties.tsaPolicy(), clock);
	}
}
