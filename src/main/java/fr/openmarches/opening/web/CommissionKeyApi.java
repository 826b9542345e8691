package fr.openmarches.opening.web;

import java.util.List;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.CommissionKeys;
import fr.openmarches.opening.web.OpeningResources.MemberKeyPayload;
import fr.openmarches.opening.web.OpeningResources.MemberKeyResource;
import fr.openmarches.opening.web.OpeningResources.ShareResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in commission member's own key and shares. Always the member's own: there is no way to
 * name somebody else.
 */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Commission member", description = """
		The signed-in commission member's personal key pair (made in their browser; the private key kept \
		here protected by their passphrase) and the shares of opening keys sealed for it. Writes need the \
		session and the CSRF token (header X-CSRF-TOKEN).""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class CommissionKeyApi {

	private final CommissionKeys keys;

	CommissionKeyApi(CommissionKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/commission-key")
	@Operation(summary = "Read my member key", description = """
			The public key, its fingerprint and the passphrase box of the private key, to open in the browser \
			with the passphrase; whether it may be replaced.""")
	@ApiResponse(responseCode = "404", description = "No member key made yet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<MemberKeyResource> read(@AuthenticationPrincipal SignedInUser user) {
		return ResponseEntity.of(keys.keyOf(user.accountId()).map(MemberKeyResource::of));
	}

	@PutMapping(path = "/commission-key", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Keep my member key", description = """
			Stores the key pair the browser made: an RSA-OAEP 3072 public key (SPKI, base64) and the PKCS#8 \
			private key in a passphrase box. Commission members only (403). Replacing a key is refused (409) \
			while it seals shares of consultations still to be opened: the new key could not open them.""")
	@ApiResponse(responseCode = "400", description = "Not an RSA 3072 key, or the box is not a JSON object",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not a commission member",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The current key is still needed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	MemberKeyResource keep(@AuthenticationPrincipal SignedInUser user, @RequestBody MemberKeyPayload payload) {
		return MemberKeyResource.of(keys.register(user.accountId(), payload.key()));
	}

	@GetMapping("/opening-shares")
	@Operation(summary = "List my opening shares", description = """
			The shares of consultations' opening private keys sealed for my member key, those still to be \
			opened first. Each opens with my private key; a quorum of them rebuilds the opening key.""")
	List<ShareResource> shares(@AuthenticationPrincipal SignedInUser user) {
		return keys.sharesOf(user.accountId()).stream().map(ShareResource::of).toList();
	}
}
