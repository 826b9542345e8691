package fr.openmarches.opening.web;

import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.opening.web.OpeningResources.CandidateResource;
import fr.openmarches.opening.web.OpeningResources.CeremonyPayload;
import fr.openmarches.opening.web.OpeningResources.CommissionPage;
import fr.openmarches.opening.web.OpeningResources.CommissionResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A consultation's opening commission, for the buyers of its entity. */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations/{id}/commission", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Opening commission", description = """
		The opening commission of a consultation of the buyer's entities and its opening key. The ceremony \
		runs in the buyer's browser: it makes the opening key pair, splits the private key into one Shamir \
		share per member (a quorum k of the n rebuilds it), seals each share for the member's public key, \
		sends the result here and forgets the private key. Another entity's consultation answers 404.""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Signed in, but not a buyer",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not a consultation of the buyer's entities",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class CommissionApi {

	private final OpeningKeys openingKeys;

	CommissionApi(OpeningKeys openingKeys) {
		this.openingKeys = openingKeys;
	}

	@GetMapping
	@Operation(summary = "Read the commission", description = """
			The commission if the ceremony took place (null otherwise), and the commission members of the \
			consultation's entity with their public keys, to choose from.""")
	CommissionPage read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		var consultation = new ConsultationId(id);
		var candidates = openingKeys.candidates(user.accountId(), consultation)
			.stream()
			.map(CandidateResource::of)
			.toList();
		return new CommissionPage(
				openingKeys.commission(user.accountId(), consultation).map(CommissionResource::of).orElse(null),
				candidates);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the ceremony", description = """
			Keeps the opening public key, the quorum and the sealed shares, replacing an earlier ceremony while \
			the consultation is a draft (409 once published). Each member must be an active commission member \
			of the consultation's entity with a member key, once; 1 ≤ quorum ≤ members (400 otherwise).""")
	@ApiResponse(responseCode = "400", description = "The result does not hold together: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The consultation is no longer a draft",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	CommissionResource record(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody CeremonyPayload payload) {
		return CommissionResource.of(openingKeys.ceremony(user.accountId(), new ConsultationId(id), payload.ceremony()));
	}
}
