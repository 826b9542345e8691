package fr.openmarches.company.web;

import java.util.Locale;
import java.util.Map;

import fr.openmarches.company.CompanyLookup;
import fr.openmarches.company.CompanyLookup.Outcome;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.web.CompanyResources.LookupResource;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sign-up form's prefill as JSON: what INSEE's Sirene register says of a SIRET or a SIREN. */
@RestController
@Tag(name = "Company lookup", description = "What INSEE's Sirene register says of a company, to prefill a sign-up.")
class CompanyLookupApi {

	/** Seconds after which asking again makes sense when the register is unavailable. */
	static final int RETRY_AFTER = 120;

	private final CompanyLookup lookup;

	private final CompanyService companies;

	private final MessageSource messages;

	CompanyLookupApi(CompanyLookup lookup, CompanyService companies, MessageSource messages) {
		this.lookup = lookup;
		this.companies = companies;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/company-lookup", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Look up a company in the Sirene register",
			description = "Give exactly one of siret and siren. The answer prefills a sign-up form; fields the register "
					+ "withholds (partial diffusion) are null and listed in 'missing'.")
	@ApiResponse(responseCode = "200", description = "The register knows the number")
	@ApiResponse(responseCode = "400", description = "The number cannot be right: the detail explains why",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "The register does not know the number",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "The register cannot be asked now (slow, refusing, failing or not configured): fill the form by hand",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	LookupResource lookUp(
			@Parameter(description = "SIRET of an establishment (14 digits; spaces allowed)", example = "73282932000074")
			@RequestParam(required = false) String siret,
			@Parameter(description = "SIREN of a company (9 digits; spaces allowed)", example = "732829320")
			@RequestParam(required = false) String siren, Locale locale) {
		if ((siret == null) == (siren == null)) {
			throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Invalid parameter", "Give exactly one of siret and siren.",
					Map.of());
		}
		Outcome outcome;
		try {
			outcome = siret != null ? lookup.lookUp(Siret.parse(siret)) : lookup.lookUp(Siren.parse(siren));
		}
		catch (InvalidIdentifierException e) {
			throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Invalid number", messages.getMessage(e.messageKey(), null, locale),
					Map.of("problem", e.problem().name()));
		}
		return switch (outcome) {
			case Outcome.Found(var prefill) -> LookupResource.of(prefill,
					companies.findBySiren(prefill.siren()).isPresent(), messages, locale);
			case Outcome.NotFound() -> throw ApiProblem.of(HttpStatus.NOT_FOUND, "Unknown number",
					messages.getMessage("company.form.notFound", new Object[] { siret != null ? siret : siren }, locale),
					Map.of());
			case Outcome.Unavailable(var reason) -> throw ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE,
					"Register unavailable", messages.getMessage("company.form.unavailable", null, locale),
					Map.of("reason", reason.name(), "retryAfterSeconds", RETRY_AFTER));
		};
	}
}
