package fr.openmarches.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

	/** Seals two-factor secrets; see {@link SecretKeyFile} for where its key comes from. */
	@Bean
	SecretBox secretBox(IdentityProperties properties) {
		return new SecretBox(SecretKeyFile.keyFrom(properties));
	}
}
