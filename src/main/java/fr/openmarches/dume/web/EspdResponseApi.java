package fr.openmarches.dume.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.dume.EspdNotFoundException;
import fr.openmarches.dume.EspdResponses;
import fr.openmarches.dume.ResponseForm;
import fr.openmarches.dume.web.EspdResources.ResponsePayload;
import fr.openmarches.dume.web.EspdResources.ResponseResource;
import fr.openmarches.dume.web.EspdResources.ReuseResource;
import fr.openmarches.dume.web.EspdResources.SavedResource;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.SignedInUser;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DUME responses of the signed-in person's company. Company members only (others 401, 403);
 * a consultation never published, or a person of no company: 404. Writes need the session and
 * the CSRF token in header {@code X-CSRF-TOKEN}.
 */
@RestController
@RequestMapping(path = "/api/v1/my-company/espd-responses", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "My company's DUME responses", description = """
		The company's DUME (ESPD) responses, one per consultation: prefilled from the company record and the \
		request's criteria, saved, reused from the latest one where the criteria are the same, exported as \
		ESPD-EDM XML and PDF, imported from ESPD-EDM XML. Company members only; writes need the CSRF token \
		(header X-CSRF-TOKEN).""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a company member",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No published consultation has this id, or the person belongs to no company",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class EspdResponseApi {

	private final EspdResponses responses;

	EspdResponseApi(EspdResponses responses) {
		this.responses = responses;
	}

	@GetMapping
	@Operation(summary = "List my company's saved DUME responses", description = "The latest saved first.")
	List<SavedResource> list(@AuthenticationPrincipal SignedInUser person) {
		return responses.responsesOf(actor(person)).stream().map(SavedResource::of).toList();
	}

	@GetMapping("/{consultation}")
	@Operation(summary = "Read my company's DUME response to a consultation",
			description = "The saved response, or (saved=false) the draft prefilled from the company record and the request.")
	ResponseResource read(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID consultation, Locale locale) {
		return ResponseResource.of(responses.responseOf(actor(person), new ConsultationId(consultation)), locale);
	}

	@PutMapping(path = "/{consultation}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save my company's DUME response", description = """
			The operator (SIRET, name, address, country as ISO alpha-2, SME, legal form) and the answers by criterion \
			code; only what each criterion asks is kept (yes/no, amount in euros, text, and the follow-up answers the \
			yes/no calls for: `details`, and `evidence` for the documents named as evidence). A member of a group of \
			operators answers `eo-group` yes with its role (`group-lead` or `group-mem`), the other members and the \
			group's name. While the consultation is published (409 after).""")
	@ApiResponse(responseCode = "400", description = "A criterion not in the request, a bad amount, an operator field missing, "
			+ "a follow-up answer missing (FOLLOW_UP_MISSING), a role other than group-lead or group-mem (BAD_ROLE), "
			+ "a document named as evidence without a URL nor a reference (BAD_EVIDENCE): see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The consultation no longer takes answers",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseResource save(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID consultation,
			@RequestBody ResponsePayload payload, Locale locale) {
		return ResponseResource.of(responses.save(actor(person), new ConsultationId(consultation),
				new ResponseForm(payload.operator(), payload.answers())), locale);
	}

	@PostMapping("/{consultation}/reuse-last")
	@Operation(summary = "Reuse my company's latest DUME", description = """
			« Reprendre mon dernier DUME »: copies the answers of the company's latest other response for the \
			criteria asked the same way (same criterion, same requirement values) and says which remain to fill.""")
	ReuseResource reuse(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID consultation, Locale locale) {
		return ReuseResource.of(responses.reuseLast(actor(person), new ConsultationId(consultation)), locale);
	}

	@GetMapping(path = "/{consultation}/xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "Export the response as ESPD-EDM XML",
			description = "UBL QualificationApplicationResponse 2.3 (ESPD-EDM 4.1.0), valid against its XSD.")
	ResponseEntity<byte[]> xml(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID consultation) {
		return Downloads.privateXml(responses.xml(actor(person), new ConsultationId(consultation)),
				"dume-reponse-" + consultation + ".xml");
	}

	@GetMapping(path = "/{consultation}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Export the response as PDF", description = "A readable copy, in the reader's language.")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID consultation,
			Locale locale) {
		return Downloads.privatePdf(responses.pdf(actor(person), new ConsultationId(consultation), locale),
				"dume-reponse-" + consultation + ".pdf");
	}

	@PostMapping(path = "/{consultation}/import", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	@Operation(summary = "Import a response from ESPD-EDM XML", description = """
			Replaces the company's response with the operator and the answers of a QualificationApplicationResponse \
			(this platform's or another ESPD service's) for the criteria of this request. DOCTYPEs are refused (no \
			entity is ever expanded); the XML must be valid against the ESPD-EDM 4.1.0 XSD.""")
	@ApiResponse(responseCode = "400", description = "Malformed, DOCTYPE, not valid, not a response: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "Larger than 8 MB",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseResource importXml(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID consultation,
			@RequestBody byte[] xml, Locale locale) {
		return ResponseResource.of(responses.importXml(actor(person), new ConsultationId(consultation), xml), locale);
	}

	private static AccountId actor(SignedInUser person) {
		if (person == null) {
			throw new EspdNotFoundException("company");
		}
		return person.accountId();
	}
}
