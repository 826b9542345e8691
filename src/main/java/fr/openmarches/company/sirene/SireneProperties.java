package fr.openmarches.company.sirene;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to INSEE's Sirene API 3.11 (portail-api.insee.fr). Without a key the lookup is
 * "unavailable" and people fill the company form by hand.
 *
 * @param baseUrl the API root, {@code https://api.insee.fr/api-sirene/3.11}
 * @param apiKey the subscription key, sent in header {@code X-INSEE-Api-Key-Integration}
 * @param timeout how long to wait for INSEE before telling the person the service is unavailable
 */
@ConfigurationProperties("openmarches.sirene")
public record SireneProperties(@DefaultValue("https://api.insee.fr/api-sirene/3.11") URI baseUrl, String apiKey,
		@DefaultValue("PT5S") Duration timeout) {

	boolean configured() {
		return apiKey != null && !apiKey.isBlank();
	}
}
