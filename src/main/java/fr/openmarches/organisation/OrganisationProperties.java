package fr.openmarches.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the organisation module.
 *
 * @param pageSize items per page of the public directory and of the platform administrators' lists
 */
@ConfigurationProperties("openmarches.organisation")
public record OrganisationProperties(@DefaultValue("20") int pageSize) {
}
