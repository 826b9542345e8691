package fr.openmarches.opening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the opening module.
 *
 * @param fileKeyWrappingKey the platform key (32 bytes, base64) that keeps opened pieces' file keys
 * wrapped at rest (AES-256-GCM). The default is for development only, being public: set your own in
 * production, and keep it, since the buyer reads opened pieces through it.
 */
@ConfigurationProperties("openmarches.opening")
public record OpeningProperties(
		@DefaultValue(OpeningProperties.DEVELOPMENT_KEY) String fileKeyWrappingKey) {

	/** Public, hence for development only. */
	static final String DEVELOPMENT_KEY = "Ci1J9Js30VSytHfrFrWIswHABSOS0bsHMFIFiB9kJ74=";
}
