package fr.openmarches.consultation.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationFinder;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.web.ConsultationResources.ConsultationPage;
import fr.openmarches.consultation.web.ConsultationResources.ConsultationResource;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public consultations as JSON: the same full-text search as the list page, and each consultation. */
@RestController
@RequestMapping(path = "/api/v1/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultations",
		description = "Public consultations (drafts and test consultations excluded): search and read.")
class ConsultationApi {

	static final int MAX_PAGE_SIZE = 100;

	private final ConsultationCatalogue catalogue;

	private final ConsultationFinder finder;

	private final CpvCatalogue cpvCatalogue;

	private final PortalService portals;

	private final PlatformProperties platform;

	ConsultationApi(ConsultationCatalogue catalogue, ConsultationFinder finder, CpvCatalogue cpvCatalogue,
			PortalService portals, PlatformProperties platform) {
		this.catalogue = catalogue;
		this.finder = finder;
		this.cpvCatalogue = cpvCatalogue;
		this.portals = portals;
		this.platform = platform;
	}

	@GetMapping
	@Operation(summary = "Search consultations", description = """
			Public consultations matching every given criterion, one page at a time, with how many of 			them have each value of the filters (facets). Keywords must all be found. Test 			consultations are never found. Without a state, every public state is searched.""")
	@ApiResponse(responseCode = "200", description = "A page of consultations and the facet counts")
	@ApiResponse(responseCode = "400", description = """
			A parameter cannot be read: an unknown value, a malformed CPV code or date, a deadline 			range that ends before it starts""", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ConsultationPage search(
			@Parameter(description = "Words that must all be found")
			@RequestParam(required = false) String q,
			@Parameter(description = """
					EXACT: words as written, in the title and object; APPROACHING: plurals, accents and 					elisions ignored, also in the reference and the CPV labels""")
			@RequestParam(defaultValue = "APPROACHING") FinderQuery.Mode mode,
			@Parameter(description = "Id of an organisation (ministry…): consultations of all its purchasing entities")
			@RequestParam(required = false) UUID organisation,
			@Parameter(description = "Id of the purchasing entity")
			@RequestParam(required = false) UUID entity,
			@Parameter(description = "Category of contract")
			@RequestParam(required = false) Category category,
			@Parameter(description = "Procedure")
			@RequestParam(required = false) ProcedureType procedure,
			@Parameter(description = """
					A CPV code (8 digits, a check digit allowed): consultations whose main or additional 					code is this one or below it""", example = "45000000")
			@RequestParam(required = false) String cpv,
			@Parameter(description = "Code of the department where the contract is performed", example = "75")
			@RequestParam(required = false) String department,
			@Parameter(description = "Deposit deadline on or after this day (Paris time)", example = "2026-12-01")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
			@Parameter(description = "Deposit deadline on or before this day (Paris time)", example = "2026-12-31")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
			@Parameter(description = "States searched (repeat the parameter for several); DRAFT is never found")
			@RequestParam(required = false) Set<ConsultationState> state,
			@Parameter(description = "DEADLINE: soonest deposit deadline first; PUBLICATION: latest published first")
			@RequestParam(defaultValue = "DEADLINE") FinderQuery.Order sort,
			@Parameter(description = "Code of a themed portal (see GET /api/v1/portals): consultations of the organisations it shows", example = "achats-defense")
			@RequestParam(required = false) String portal,
			@Parameter(description = "Page number, from 1")
			@RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, at most 100")
			@RequestParam(defaultValue = "20") int size) {
		String code = null;
		if (cpv != null && !cpv.isBlank()) {
			code = cpvCatalogue.find(cpv.strip())
				.map(CpvCode::code)
				.orElseThrow(() -> new ConsultationApiProblems.BadParameter("cpv",
						"'" + cpv + "' is not a code of the CPV vocabulary: expected 8 digits, e.g. 45000000."));
		}
		String departmentCode = null;
		if (department != null && !department.isBlank()) {
			departmentCode = Department.of(department)
				.map(Department::code)
				.orElseThrow(() -> new ConsultationApiProblems.BadParameter("department",
						"'" + department + "' is not a French department code, e.g. 75, 2A or 971."));
		}
		if (deadlineFrom != null && deadlineTo != null && deadlineFrom.isAfter(deadlineTo)) {
			throw new ConsultationApiProblems.BadParameter("deadlineTo",
					"deadlineTo (" + deadlineTo + ") is before deadlineFrom (" + deadlineFrom + ").");
		}
		if (portal != null && !portal.isBlank() && portals.find(portal.strip()).isEmpty()) {
			throw new ConsultationApiProblems.BadParameter("portal",
					"'" + portal + "' is not the code of a portal; GET /api/v1/portals lists them.");
		}
		var query = new FinderQuery(q, mode, organisation == null ? null : new OrganisationId(organisation),
				entity == null ? null : new PurchasingEntityId(entity), category, procedure, code, departmentCode,
				deadlineFrom, deadlineTo, state == null ? Set.of() : state, sort, portal);
		var found = finder.find(query, Math.max(0, page - 1), Math.clamp(size, 1, MAX_PAGE_SIZE));
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
