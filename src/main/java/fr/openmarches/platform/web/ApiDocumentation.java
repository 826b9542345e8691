package fr.openmarches.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API ({@code /api/**}), served at {@code /v3/api-docs} and
 * readable at {@code /api/docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI openMarchesApi(@Value("${openmarches.base-url:http://localhost:8080}") String baseUrl) {
		return new OpenAPI().info(new Info().title("OpenMarchés API")
			.version("v1")
			.description("""
					Public procurement data and actions of OpenMarchés: consultations, purchasing \
					entities, and (signed in) the actions of buyers and suppliers. Read endpoints are \
					public; write endpoints need a session and a CSRF token (header X-CSRF-TOKEN). \
					The platform's RFC 3161 timestamp authority answers at /tsa.""")
			.license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")));
	}
}
