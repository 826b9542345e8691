package fr.openmarches.organisation.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.EntityAdministration;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.organisation.web.OrganisationApiResources.AgentPayload;
import fr.openmarches.organisation.web.OrganisationApiResources.AgentResource;
import fr.openmarches.organisation.web.OrganisationApiResources.ContactPayload;
import fr.openmarches.organisation.web.OrganisationApiResources.ManagedEntityResource;
import fr.openmarches.organisation.web.OrganisationApiResources.OfficePayload;
import fr.openmarches.organisation.web.OrganisationApiResources.OfficeResource;
import fr.openmarches.organisation.web.OrganisationApiResources.RolesPayload;
import fr.openmarches.organisation.web.OrganisationApiResources.WorkplaceResource;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The buyer space and entity administration as JSON: the entities the signed-in agent acts for,
 * and, for their administrators, an entity's contact details, services and agents. Each call is
 * checked against the person's appointments ({@link EntityAdministration}): another entity's ids
 * give 404, an agent who is not an administrator gets 403, and nothing changes.
 */
@RestController
@RequestMapping(path = "/api/v1/buyer/entities", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN', 'COMMISSION_MEMBER')")
@Tag(name = "Buyer space: entities and agents", description = """
		For buyer agents (session and X-CSRF-TOKEN header for writes): the entities they act for; for \
		entity administrators, the entity's contact details, services and agents (invite, roles, \
		deactivate, reactivate, invite again).""")
class BuyerEntityApi {

	private final EntityAdministration administration;

	private final OrganisationService organisations;

	private final EntityDirectory directory;

	BuyerEntityApi(EntityAdministration administration, OrganisationService organisations, EntityDirectory directory) {
		this.administration = administration;
		this.organisations = organisations;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "My purchasing entities", description = "The entities the signed-in agent acts for, with their roles there.")
	List<WorkplaceResource> mine(@AuthenticationPrincipal SignedInUser person) {
		return BuyerSpacePage.places(person, organisations, directory).stream().map(WorkplaceResource::of).toList();
	}

	@GetMapping("/{entity}")
	@Operation(summary = "Read an entity I administer", description = "With its services and their ids.")
	ManagedEntityResource entity(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity) {
		var id = new PurchasingEntityId(entity);
		return ManagedEntityResource.of(administration.entity(person.accountId(), id),
				administration.offices(person.accountId(), id));
	}

	@PutMapping(path = "/{entity}/contact", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Update the entity's contact details", description = "Address, department, email and phone.")
	@ApiResponse(responseCode = "400", description = "Fields missing or wrong", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ManagedEntityResource updateContact(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@RequestBody ContactPayload payload) {
		var id = new PurchasingEntityId(entity);
		administration.entity(person.accountId(), id);
		var form = payload.form();
		var errors = InvalidPayloadException.errorsOf(form);
		form.check(errors);
		InvalidPayloadException.throwIfAny(errors);
		administration.updateContact(person.accountId(), id, form.details());
		return entity(person, entity);
	}

	@PostMapping(path = "/{entity}/offices", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a service")
	OfficeResource addOffice(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@RequestBody OfficePayload payload) {
		var id = new PurchasingEntityId(entity);
		administration.entity(person.accountId(), id);
		var name = AdminOrganisationApi.checkedOfficeName(payload);
		return new OfficeResource(administration.addOffice(person.accountId(), id, name), name);
	}

	@PutMapping(path = "/{entity}/offices/{office}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rename a service")
	OfficeResource renameOffice(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID office, @RequestBody OfficePayload payload) {
		var id = new PurchasingEntityId(entity);
		administration.entity(person.accountId(), id);
		var name = AdminOrganisationApi.checkedOfficeName(payload);
		administration.renameOffice(person.accountId(), id, office, name);
		return new OfficeResource(office, name);
	}

	@DeleteMapping("/{entity}/offices/{office}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a service")
	void removeOffice(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID office) {
		administration.removeOffice(person.accountId(), new PurchasingEntityId(entity), office);
	}

	@GetMapping("/{entity}/agents")
	@Operation(summary = "List the entity's agents", description = "With their roles and status (INVITED, ACTIVE, DEACTIVATED), by name.")
	List<AgentResource> agents(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity) {
		return administration.agents(person.accountId(), new PurchasingEntityId(entity))
			.stream()
			.map(AgentResource::of)
			.toList();
	}

	@PostMapping(path = "/{entity}/agents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Invite an agent", description = """
			Without an account, the person is invited by email to choose a password (link valid 7 days); \
			with one, they are appointed at once and told by email.""")
	@ApiResponse(responseCode = "201", description = "Invited or appointed; Location names the agent")
	@ApiResponse(responseCode = "400", description = "Fields missing or wrong", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The person is already an agent of the entity", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<AgentResource> invite(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@RequestBody AgentPayload payload, Locale locale, UriComponentsBuilder uris) {
		var id = new PurchasingEntityId(entity);
		administration.entity(person.accountId(), id);
		var form = payload.form();
		var errors = InvalidPayloadException.errorsOf(form);
		form.check(errors, true);
		InvalidPayloadException.throwIfAny(errors);
		var account = administration.invite(person.accountId(), id, form.agent(), locale);
		return ResponseEntity.created(uris.path("/api/v1/buyer/entities/{e}/agents/{a}").build(entity, account.value()))
			.body(AgentResource.of(administration.agent(person.accountId(), id, account)));
	}

	@GetMapping("/{entity}/agents/{account}")
	@Operation(summary = "Read an agent")
	AgentResource agent(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account) {
		return AgentResource
			.of(administration.agent(person.accountId(), new PurchasingEntityId(entity), new AccountId(account)));
	}

	@PutMapping(path = "/{entity}/agents/{account}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an agent's roles", description = "The roles given replace those held; the last active administrator keeps that role.")
	@ApiResponse(responseCode = "409", description = "Refused by the entity's rules (reason in the problem)", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	AgentResource changeRoles(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, @RequestBody RolesPayload payload) {
		var id = new PurchasingEntityId(entity);
		var agent = new AccountId(account);
		administration.changeRoles(person.accountId(), id, agent, payload.roles() == null ? Set.of() : payload.roles());
		return agent(person, entity, account);
	}

	@PostMapping("/{entity}/agents/{account}/deactivation")
	@Operation(summary = "Deactivate an agent", description = """
			Ends the appointment. Without another active appointment, the person's account is locked and \
			the sign-in page tells them why. The last active administrator cannot be deactivated.""")
	@ApiResponse(responseCode = "409", description = "Refused by the entity's rules (reason in the problem)", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	AgentResource deactivate(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, Locale locale) {
		administration.deactivate(person.accountId(), new PurchasingEntityId(entity), new AccountId(account), locale);
		return agent(person, entity, account);
	}

	@PostMapping("/{entity}/agents/{account}/reactivation")
	@Operation(summary = "Reactivate an agent", description = "Appoints them again with their roles; a locked account is unlocked.")
	@ApiResponse(responseCode = "409", description = "The agent is active", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	AgentResource reactivate(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, Locale locale) {
		administration.reactivate(person.accountId(), new PurchasingEntityId(entity), new AccountId(account), locale);
		return agent(person, entity, account);
	}

	@PostMapping("/{entity}/agents/{account}/invitation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send the invitation again", description = "A new link; the previous one stops working.")
	@ApiResponse(responseCode = "409", description = "The person already chose a password, or is deactivated", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	void reinvite(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity, @PathVariable UUID account,
			Locale locale) {
		administration.reinvite(person.accountId(), new PurchasingEntityId(entity), new AccountId(account), locale);
	}
}
