package fr.openmarches.organisation.web;

import java.util.Map;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the answers every administration endpoint may give besides its own: 401 when not
 * signed in, 403 without the right role, and, for the buyer space, 404 for ids of entities the
 * person does not act for. Added here once rather than on each operation (springdoc drops an
 * operation's default 200 when responses are declared on its class).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorResponses {

	@Bean
	OperationCustomizer organisationApiErrors() {
		return (operation, handler) -> {
			var type = handler.getBeanType();
			if (type != AdminOrganisationApi.class && type != BuyerEntityApi.class) {
				return operation;
			}
			var answers = type == AdminOrganisationApi.class
					? Map.of("401", "Not signed in", "403", "Not a platform administrator")
					: Map.of("401", "Not signed in", "403", "Not a buyer agent, or not an administrator of this entity",
							"404", "No entity (or agent, or service) you act for has this id");
			answers.forEach((status, description) -> {
				if (operation.getResponses().get(status) == null) {
					operation.getResponses().addApiResponse(status, problem(description));
				}
			});
			return operation;
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
	}
}
