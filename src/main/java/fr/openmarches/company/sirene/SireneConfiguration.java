package fr.openmarches.company.sirene;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SireneProperties.class)
class SireneConfiguration {
}
