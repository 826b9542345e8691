package fr.openmarches.organisation.web;

import java.util.List;
import java.util.UUID;

import fr.openmarches.organisation.OrganisationView;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.PortalView;
import fr.openmarches.organisation.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The themed portals as JSON: anyone lists them (their codes filter {@code GET /api/v1/consultations});
 * platform administrators create, change and remove them.
 */
@RestController
@Tag(name = "Portals", description = """
		Themed portals (e.g. the ministry of the armed forces' purchasing portal): each shows the \
		consultations of the organisations it lists; `portal=<code>` filters the consultation search.""")
class PortalApi {

	private final PortalService portals;

	PortalApi(PortalService portals) {
		this.portals = portals;
	}

	/** A portal and the organisations whose consultations it shows. */
	record PortalResource(@Schema(example = "achats-defense") String code,
			@Schema(example = "achats.defense.gouv.fr") String name, @Schema(nullable = true) String description,
			List<ShownOrganisation> organisations) {

		static PortalResource of(PortalView portal) {
			return new PortalResource(portal.code(), portal.name(), portal.description(),
					portal.organisations().stream().map(ShownOrganisation::of).toList());
		}
	}

	record ShownOrganisation(UUID id, String name, @Schema(nullable = true) String acronym) {

		static ShownOrganisation of(OrganisationView organisation) {
			return new ShownOrganisation(organisation.id().value(), organisation.name(), organisation.acronym());
		}
	}

	/** What an administrator says of a portal; the code is in the address. */
	record PortalPayload(@Schema(example = "achats.defense.gouv.fr", requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(nullable = true) String description,
			@Schema(description = "Ids of the organisations whose consultations it shows") List<UUID> organisations) {
	}

	@GetMapping(path = "/api/v1/portals", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List the portals", description = "In the order administrators created them.")
	List<PortalResource> list() {
		return portals.all().stream().map(PortalResource::of).toList();
	}

	@GetMapping(path = "/api/v1/portals/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Read a portal")
	@ApiResponse(responseCode = "200", description = "The portal")
	@ApiResponse(responseCode = "404", description = "No portal has this code", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	PortalResource portal(@Parameter(description = "Code of the portal") @PathVariable String code) {
		return portals.find(code).map(PortalResource::of).orElseThrow(() -> new UnknownIdException("portal", code));
	}

	@PutMapping(path = "/api/v1/admin/portals/{code}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Operation(summary = "Create or change a portal", description = """
			For platform administrators (session and X-CSRF-TOKEN header). The code (2 to 40 lower-case \
			letters, digits, dots or hyphens) is fixed once created.""")
	@ApiResponse(responseCode = "200", description = "The portal as saved")
	@ApiResponse(responseCode = "400", description = "Code or name missing or malformed", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "An organisation id names no organisation", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Another portal has this name", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	PortalResource save(@PathVariable String code, @RequestBody PortalPayload payload) {
		var form = new PortalForm(code, payload.name(), payload.description(),
				payload.organisations() == null ? List.of() : payload.organisations());
		var errors = InvalidPayloadException.errorsOf(form);
		form.check(errors);
		InvalidPayloadException.throwIfAny(errors);
		return PortalResource.of(portals.save(form.details()));
	}

	@DeleteMapping("/api/v1/admin/portals/{code}")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a portal", description = "The consultations it showed are unchanged.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No portal has this code", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	void delete(@PathVariable String code) {
		portals.delete(code);
	}
}
