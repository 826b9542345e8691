package fr.openmarches.organisation.web;

import java.util.UUID;

import fr.openmarches.organisation.DirectoryQuery;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.organisation.web.PurchasingEntityResources.PurchasingEntityPage;
import fr.openmarches.organisation.web.PurchasingEntityResources.PurchasingEntityResource;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory of purchasing entities as JSON. */
@RestController
@RequestMapping(path = "/api/v1/purchasing-entities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Purchasing entities", description = "The directory of public buyers (entités d'achat): search and read.")
class PurchasingEntityApi {

	static final int MAX_PAGE_SIZE = 100;

	private final EntityDirectory directory;

	private final PlatformProperties platform;

	PurchasingEntityApi(EntityDirectory directory, PlatformProperties platform) {
		this.directory = directory;
		this.platform = platform;
	}

	@GetMapping
	@Operation(summary = "Search purchasing entities",
			description = "Entities matching every given criterion, by name, one page at a time.")
	PurchasingEntityPage search(
			@Parameter(description = """
					Words that must each appear, regardless of case and accents, in the name or acronym, \
					the town, the organisation or the department""")
			@RequestParam(required = false) String q,
			@Parameter(description = "Id of the organisation (ministry or agency)")
			@RequestParam(required = false) UUID organisation,
			@Parameter(description = "Code of the department where the entity sits", example = "75")
			@RequestParam(required = false) String department,
			@Parameter(description = "Page number, from 1")
			@RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, at most 100")
			@RequestParam(defaultValue = "20") int size) {
		var query = new DirectoryQuery(q, organisation == null ? null : new OrganisationId(organisation),
				department);
		var found = directory.search(query, Math.max(0, page - 1), Math.clamp(size, 1, MAX_PAGE_SIZE));
		return PurchasingEntityPage.of(found, platform);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a purchasing entity",
			description = "A purchasing entity with its contact details and services.")
	@ApiResponse(responseCode = "200", description = "The purchasing entity")
	@ApiResponse(responseCode = "404", description = "No purchasing entity has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	PurchasingEntityResource entity(
			@Parameter(description = "Id of the purchasing entity") @PathVariable UUID id) {
		return directory.find(new PurchasingEntityId(id))
			.map(found -> PurchasingEntityResource.of(found, platform))
			.orElseThrow(() -> new PurchasingEntityApiProblems.NotFound("purchasing entity", id));
	}
}
