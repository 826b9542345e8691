package fr.openmarches.organisation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrganisationProperties.class)
class OrganisationConfiguration {
}
