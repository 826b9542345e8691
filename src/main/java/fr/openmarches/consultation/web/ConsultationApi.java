package fr.openmarches.consultation.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationSearch;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.web.ConsultationResources.ConsultationPage;
import fr.openmarches.consultation.web.ConsultationResources.ConsultationResource;
import fr.openmarches.organisation.PurchasingEntityId;
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

/** The public consultations as JSON: the same search as the list page, and each consultation. */
@RestController
@RequestMapping(path = "/api/v1/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultations",
		description = "Public consultations (drafts and test consultations excluded): search and read.")
class ConsultationApi {

	static final int MAX_PAGE_SIZE = 100;

	private final ConsultationCatalogue catalogue;

	private final PlatformProperties platform;

	ConsultationApi(ConsultationCatalogue catalogue, PlatformProperties platform) {
		this.catalogue = catalogue;
		this.platform = platform;
	}

	@GetMapping
	@Operation(summary = "Search consultations", description = """
			Public consultations matching every given criterion, one page at a time. \
			Without a state, every public state is searched.""")
	ConsultationPage search(
			@Parameter(description = "Words that must all appear in the reference, title or object")
			@RequestParam(required = false) String q,
			@Parameter(description = "Category of contract")
			@RequestParam(required = false) Category category,
			@Parameter(description = "Procedure")
			@RequestParam(required = false) ProcedureType procedure,
			@Parameter(description = "Code of the department where the contract is performed", example = "75")
			@RequestParam(required = false) String department,
			@Parameter(description = "Id of the purchasing entity")
			@RequestParam(required = false) UUID entity,
			@Parameter(description = "States searched (repeat the parameter for several); DRAFT is never found")
			@RequestParam(required = false) Set<ConsultationState> state,
			@Parameter(description = "DEADLINE: soonest deposit deadline first; PUBLICATION: latest published first")
			@RequestParam(defaultValue = "DEADLINE") ConsultationSearch.Order sort,
			@Parameter(description = "Page number, from 1")
			@RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, at most 100")
			@RequestParam(defaultValue = "20") int size) {
		var states = state == null || state.isEmpty() ? EnumSet.noneOf(ConsultationState.class)
				: EnumSet.copyOf(state);
		var search = new ConsultationSearch(q, category, procedure, department,
				entity == null ? null : new PurchasingEntityId(entity), states, sort);
		var found = catalogue.search(search, Math.max(0, page - 1), Math.clamp(size, 1, MAX_PAGE_SIZE));
		return ConsultationPage.of(found, platform);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a consultation",
			description = "A public consultation with its lots, deadlines and documents.")
	@ApiResponse(responseCode = "200", description = "The consultation")
	@ApiResponse(responseCode = "404", description = "No public consultation has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ConsultationResource consultation(@Parameter(description = "Id of the consultation") @PathVariable UUID id) {
		return catalogue.find(new ConsultationId(id))
			.map(found -> ConsultationResource.of(found, platform))
			.orElseThrow(() -> new ConsultationApiProblems.NotFound("consultation", id));
	}
}
