package fr.openmarches.dume.web;

import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.dume.EspdRequests;
import fr.openmarches.dume.RequestChoice;
import fr.openmarches.dume.web.EspdResources.RequestPayload;
import fr.openmarches.dume.web.EspdResources.RequestResource;
import fr.openmarches.identity.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The DUME request of a consultation, for the buyers of its entity. */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "DUME request (buyer)", description = """
		The DUME (ESPD) request of a consultation of the buyer's entities: the exclusion grounds (the mandatory \
		ones always, the others by default) and the selection criteria chosen from the ESPD-EDM 4.1.0 criterion \
		list (GET /api/v1/espd-criteria), with their requirement values. Another entity's consultation answers \
		404. Writes need the session and the CSRF token (header X-CSRF-TOKEN).""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Signed in, but not a buyer",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not a consultation of the buyer's entities",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class BuyerEspdApi {

	private final EspdRequests requests;

	BuyerEspdApi(EspdRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/espd-request")
	@Operation(summary = "Read the DUME request", description = "Until set, every exclusion ground and nothing else.")
	RequestResource read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
		return RequestResource.of(requests.forBuyer(user.accountId(), new ConsultationId(id)), locale, xml(id));
	}

	@PutMapping(path = "/espd-request", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set the DUME request", description = """
			Replaces the request's criteria and values while the consultation is a draft or published (409 \
			otherwise). The mandatory exclusion grounds are added whatever is sent; an unknown criterion or \
			requirement, or an amount that is not one, answers 400 with its reason.""")
	@ApiResponse(responseCode = "400", description = "Unknown criterion or requirement, bad value: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The consultation is neither a draft nor published",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	RequestResource define(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody RequestPayload payload, Locale locale) {
		return RequestResource.of(requests.define(user.accountId(), new ConsultationId(id),
				new RequestChoice(payload.criteria(), payload.requirements())), locale, xml(id));
	}

	@GetMapping(path = "/espd-request.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "Export the DUME request as ESPD-EDM XML",
			description = "UBL QualificationApplicationRequest 2.3 (ESPD-EDM 4.1.0), valid against its XSD.")
	ResponseEntity<byte[]> xml(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return Downloads.xml(requests.xmlForBuyer(user.accountId(), new ConsultationId(id)), "dume-demande-" + id + ".xml");
	}

	private static String xml(UUID id) {
		return "/api/v1/buyer/consultations/" + id + "/espd-request.xml";
	}
}
