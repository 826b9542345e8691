package fr.openmarches.company.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.company.CompanyDirectory;
import fr.openmarches.company.CompanyId;
import fr.openmarches.company.DirectorySearch;
import fr.openmarches.company.Region;
import fr.openmarches.company.web.CompanyResources.DirectoryPage;
import fr.openmarches.company.web.CompanyResources.PublicCompanyResource;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.platform.PlatformProperties;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory of economic operators as JSON. */
@RestController
@RequestMapping(path = "/api/v1/companies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Companies", description = "The directory of economic operators: search companies, read their profile and product sheets.")
class CompanyDirectoryApi {

	static final int MAX_PAGE_SIZE = 100;

	private final CompanyDirectory directory;

	private final CpvCatalogue cpv;

	private final MessageSource messages;

	private final PlatformProperties platform;

	CompanyDirectoryApi(CompanyDirectory directory, CpvCatalogue cpv, MessageSource messages,
			PlatformProperties platform) {
		this.directory = directory;
		this.cpv = cpv;
		this.messages = messages;
		this.platform = platform;
	}

	@GetMapping
	@Operation(summary = "Search the directory of economic operators",
			description = "Listed companies matching every criterion given, by name, one page at a time, with the number "
					+ "of companies for each region and for the SME flag (the other criteria kept).")
	@ApiResponse(responseCode = "200", description = "A page of companies")
	@ApiResponse(responseCode = "400", description = "A criterion is not valid (e.g. an unknown CPV code)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	DirectoryPage search(
			@Parameter(description = "Words that must all appear in the name (case and accents ignored), or a SIREN")
			@RequestParam(required = false) String q,
			@Parameter(description = "A CPV code: companies working on it or on a code below it", example = "72000000")
			@RequestParam(required = false) String cpv,
			@Parameter(description = "A region the companies serve") @RequestParam(required = false) Region region,
			@Parameter(description = "true: SMEs only; false: other companies only") @RequestParam(required = false) Boolean sme,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, at most 100") @RequestParam(defaultValue = "20") int size,
			Locale locale) {
		String code = null;
		if (cpv != null && !cpv.isBlank()) {
			code = this.cpv.find(cpv).map(CpvCode::code).orElseThrow(() -> ApiProblem.of(HttpStatus.BAD_REQUEST,
					"Invalid parameter", messages.getMessage("company.fiche.error.cpv", null, locale), Map.of()));
		}
		var search = new DirectorySearch(q, code, region, sme);
		var found = directory.search(search, Math.max(0, page - 1), Math.clamp(size, 1, MAX_PAGE_SIZE));
		return DirectoryPage.of(found, directory.facets(search), this.cpv, locale, platform);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a company of the directory", description = "Its identity, profile and product sheets.")
	@ApiResponse(responseCode = "200", description = "The company")
	@ApiResponse(responseCode = "404", description = "No listed company has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	PublicCompanyResource company(@Parameter(description = "Id of the company") @PathVariable UUID id, Locale locale) {
		return directory.find(new CompanyId(id))
			.map(company -> PublicCompanyResource.of(company, cpv, messages, locale, platform))
			.orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "Not found",
					"No listed company has id " + id + ".", Map.of()));
	}
}
