package fr.openmarches.organisation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.OrganisationRegister;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.organisation.web.OrganisationApiResources.AgentPayload;
import fr.openmarches.organisation.web.OrganisationApiResources.AgentResource;
import fr.openmarches.organisation.web.OrganisationApiResources.EntityOverviewPage;
import fr.openmarches.organisation.web.OrganisationApiResources.EntityPayload;
import fr.openmarches.organisation.web.OrganisationApiResources.ManagedEntityResource;
import fr.openmarches.organisation.web.OrganisationApiResources.OfficePayload;
import fr.openmarches.organisation.web.OrganisationApiResources.OfficeResource;
import fr.openmarches.organisation.web.OrganisationApiResources.OrganisationItem;
import fr.openmarches.organisation.web.OrganisationApiResources.OrganisationPage;
import fr.openmarches.organisation.web.OrganisationApiResources.OrganisationPayload;
import fr.openmarches.organisation.OrganisationSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The platform administrators' pages as JSON: organisations, their purchasing entities, services
 * and administrators. Reads too are for platform administrators only ({@code GET /api/v1/**} is
 * otherwise public, so the check is here).
 */
@RestController
@RequestMapping(path = "/api/v1/admin/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = "Administration: organisations", description = """
		For platform administrators (session and X-CSRF-TOKEN header for writes): organisations \
		(ministries, agencies), their purchasing entities and services, and appointing each entity's \
		administrator.""")
class AdminOrganisationApi {

	static final int MAX_PAGE_SIZE = 100;

	private final OrganisationService organisations;

	private final OrganisationRegister register;

	AdminOrganisationApi(OrganisationService organisations, OrganisationRegister register) {
		this.organisations = organisations;
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "List organisations", description = "Organisations whose name or acronym holds every word of q, by name.")
	OrganisationPage list(@Parameter(description = "Words of the name or acronym") @RequestParam(required = false) String q,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, at most 100") @RequestParam(defaultValue = "20") int size) {
		return OrganisationPage.of(register.organisations(q, Math.max(0, page - 1), Math.clamp(size, 1, MAX_PAGE_SIZE)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an organisation")
	@ApiResponse(responseCode = "201", description = "Created; Location names it")
	@ApiResponse(responseCode = "400", description = "Fields missing or wrong", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "An organisation already has this name", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<OrganisationItem> create(@RequestBody OrganisationPayload payload, UriComponentsBuilder uris) {
		var form = payload.form();
		var errors = InvalidPayloadException.errorsOf(form);
		form.check(errors);
		InvalidPayloadException.throwIfAny(errors);
		var id = organisations.create(form.details());
		return ResponseEntity.created(uris.path("/api/v1/admin/organisations/{id}").build(id.value()))
			.body(OrganisationItem.of(new OrganisationSummary(register.organisation(id), 0)));
	}

	@GetMapping("/{organisation}")
	@Operation(summary = "Read an organisation")
	@ApiResponse(responseCode = "404", description = "No organisation has this id", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	OrganisationItem organisation(@PathVariable UUID organisation) {
		var id = new OrganisationId(organisation);
		var view = register.organisation(id);
		return OrganisationItem.of(new OrganisationSummary(view, register.entities(id, null, 0, 1).getTotalElements()));
	}

	@PutMapping(path = "/{organisation}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct an organisation", description = "Its name, acronym and kind.")
	OrganisationItem correct(@PathVariable UUID organisation, @RequestBody OrganisationPayload payload) {
		var id = register.organisation(new OrganisationId(organisation)).id();
		var form = payload.form();
		var errors = InvalidPayloadException.errorsOf(form);
		form.check(errors);
		InvalidPayloadException.throwIfAny(errors);
		organisations.correct(id, form.details());
		return organisation(organisation);
	}

	@GetMapping("/{organisation}/entities")
	@Operation(summary = "List an organisation's purchasing entities",
			description = "With their staffing; words of q match the name, acronym, town or department.")
	EntityOverviewPage entities(@PathVariable UUID organisation,
			@Parameter(description = "Words to find") @RequestParam(required = false) String q,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, at most 100") @RequestParam(defaultValue = "20") int size) {
		return EntityOverviewPage.of(register.entities(new OrganisationId(organisation), q, Math.max(0, page - 1),
				Math.clamp(size, 1, MAX_PAGE_SIZE)));
	}

	@PostMapping(path = "/{organisation}/entities", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a purchasing entity", description = "The SIRET is checked (Luhn); its explanation comes back when wrong.")
	@ApiResponse(responseCode = "201", description = "Created; Location names it")
	@ApiResponse(responseCode = "400", description = "Fields missing or wrong", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "An entity already has this SIRET", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ManagedEntityResource> createEntity(@PathVariable UUID organisation,
			@RequestBody EntityPayload payload, UriComponentsBuilder uris) {
		var id = register.organisation(new OrganisationId(organisation)).id();
		var form = payload.form();
		var errors = InvalidPayloadException.errorsOf(form);
		var siret = form.check(errors);
		InvalidPayloadException.throwIfAny(errors);
		var entity = organisations.createEntity(id, form.newEntity(siret));
		return ResponseEntity
			.created(uris.path("/api/v1/admin/organisations/{o}/entities/{e}").build(id.value(), entity.value()))
			.body(entity(organisation, entity.value()));
	}

	@GetMapping("/{organisation}/entities/{entity}")
	@Operation(summary = "Read a purchasing entity", description = "With its services and their ids.")
	@ApiResponse(responseCode = "404", description = "No entity of this organisation has this id", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ManagedEntityResource entity(@PathVariable UUID organisation, @PathVariable UUID entity) {
		var o = new OrganisationId(organisation);
		var e = new PurchasingEntityId(entity);
		return ManagedEntityResource.of(register.entity(o, e), register.offices(o, e));
	}

	@PutMapping(path = "/{organisation}/entities/{entity}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct a purchasing entity", description = "Everything but its services, which have their own endpoints.")
	ManagedEntityResource correctEntity(@PathVariable UUID organisation, @PathVariable UUID entity,
			@RequestBody EntityPayload payload) {
		var id = register.entity(new OrganisationId(organisation), new PurchasingEntityId(entity)).id();
		var form = payload.form();
		var errors = InvalidPayloadException.errorsOf(form);
		var siret = form.check(errors);
		InvalidPayloadException.throwIfAny(errors);
		organisations.correctEntity(id, form.details(siret));
		return entity(organisation, entity);
	}

	@PostMapping(path = "/{organisation}/entities/{entity}/offices", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a service to a purchasing entity")
	OfficeResource addOffice(@PathVariable UUID organisation, @PathVariable UUID entity,
			@RequestBody OfficePayload payload) {
		var id = register.entity(new OrganisationId(organisation), new PurchasingEntityId(entity)).id();
		var name = checkedOfficeName(payload);
		return new OfficeResource(organisations.addOffice(id, name), name);
	}

	@PutMapping(path = "/{organisation}/entities/{entity}/offices/{office}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rename a service")
	OfficeResource renameOffice(@PathVariable UUID organisation, @PathVariable UUID entity, @PathVariable UUID office,
			@RequestBody OfficePayload payload) {
		var id = register.entity(new OrganisationId(organisation), new PurchasingEntityId(entity)).id();
		var name = checkedOfficeName(payload);
		organisations.renameOffice(id, office, name);
		return new OfficeResource(office, name);
	}

	@DeleteMapping("/{organisation}/entities/{entity}/offices/{office}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a service")
	void removeOffice(@PathVariable UUID organisation, @PathVariable UUID entity, @PathVariable UUID office) {
		var id = register.entity(new OrganisationId(organisation), new PurchasingEntityId(entity)).id();
		organisations.removeOffice(id, office);
	}

	@GetMapping("/{organisation}/entities/{entity}/agents")
	@Operation(summary = "List a purchasing entity's agents", description = "Deactivated ones included, by name.")
	List<AgentResource> agents(@PathVariable UUID organisation, @PathVariable UUID entity) {
		return register.agents(new OrganisationId(organisation), new PurchasingEntityId(entity))
			.stream()
			.map(AgentResource::of)
			.toList();
	}

	@PostMapping(path = "/{organisation}/entities/{entity}/administrators", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Appoint an administrator of a purchasing entity", description = """
			Invites the person by email to choose a password (link valid 7 days), or, when they have an \
			account, appoints them at once and tells them by email.""")
	@ApiResponse(responseCode = "409", description = "The person is already an agent of the entity", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	AgentResource appointAdministrator(@PathVariable UUID organisation, @PathVariable UUID entity,
			@AuthenticationPrincipal SignedInUser admin, @RequestBody AgentPayload payload, Locale locale) {
		var o = new OrganisationId(organisation);
		var id = register.entity(o, new PurchasingEntityId(entity)).id();
		var form = payload.form();
		var errors = InvalidPayloadException.errorsOf(form);
		form.check(errors, false);
		InvalidPayloadException.throwIfAny(errors);
		var account = organisations.appointAdministrator(id, form.agent(), admin.accountId(), locale);
		return register.agents(o, id)
			.stream()
			.filter(agent -> agent.account().equals(account))
			.map(AgentResource::of)
			.findFirst()
			.orElseThrow();
	}

	static String checkedOfficeName(OfficePayload payload) {
		var refused = OfficeEdit.check(null, payload.name());
		if (refused != null) {
			var errors = InvalidPayloadException.errorsOf(payload);
			errors.rejectValue("name", refused.errorKey());
			InvalidPayloadException.throwIfAny(errors);
		}
		return payload.name().strip();
	}
}
