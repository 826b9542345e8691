package fr.openmarches.opendata.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opendata.ContractId;
import fr.openmarches.opendata.ContractModification;
import fr.openmarches.opendata.ContractView;
import fr.openmarches.opendata.Contracts;
import fr.openmarches.opendata.NoSuchContractException;
import fr.openmarches.opendata.web.ContractResources.ContractResource;
import fr.openmarches.opendata.web.ContractResources.NewContract;
import fr.openmarches.opendata.web.ContractResources.ProblemResource;
import fr.openmarches.opendata.web.ContractResources.TermsPayload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The contract records of a consultation, for the buyers of its entity. */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations/{id}/contracts", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Contract records (buyer)", description = """
		The records of the contracts of a consultation of the buyer's entities, one per lot, whose essential data \
		(DECP v2.0.3) are published once complete and valid against the official schema. Another entity's \
		consultation or record answers 404. Writes need the session and the CSRF token (header X-CSRF-TOKEN).""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Signed in, but not a buyer",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not a consultation, or a record, of the buyer's entities",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class BuyerContractApi {

	private final Contracts contracts;

	private final MessageSource messages;

	BuyerContractApi(Contracts contracts, MessageSource messages) {
		this.contracts = contracts;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List the consultation's contract records", description = "By lot; each with what still stops its publication.")
	List<ContractResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
		return contracts.ofConsultation(user.accountId(), new ConsultationId(id))
			.stream()
			.map(view -> resource(user, view, locale))
			.toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start the record of a lot", description = """
			A draft prefilled from the consultation (object, CPV, procedure, place, nature, CCAG, the buyer's SIRET, \
			a DECP id), without holders. Once the deposit deadline has passed only, and not for a concession or a \
			test consultation (409); one record per lot (409).""")
	@ApiResponse(responseCode = "201", description = "Made")
	@ApiResponse(responseCode = "409", description = "Not now, or the lot already has one",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ContractResource> create(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody NewContract payload, Locale locale) {
		var made = contracts.create(user.accountId(), new ConsultationId(id), payload.lot());
		return ResponseEntity.created(URI.create("/api/v1/buyer/consultations/" + id + "/contracts/" + made.id()))
			.body(resource(user, made, locale));
	}

	@GetMapping("/{contract}")
	@Operation(summary = "Read a record", description = "With what still stops its publication, translated.")
	ContractResource read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID contract,
			Locale locale) {
		return resource(user, mine(user, id, contract), locale);
	}

	@PutMapping(path = "/{contract}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rewrite a draft record", description = """
			Saved as sent, gaps included (they are listed in 'problems'), except a malformed DECP id or one the \
			buyer already gave another record, and an object over 1000 characters (400). A published record \
			cannot change (409).""")
	@ApiResponse(responseCode = "400", description = "Refused: see 'problems'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Already published",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ContractResource revise(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable UUID contract, @RequestBody TermsPayload payload, Locale locale) {
		var view = mine(user, id, contract);
		return resource(user, contracts.revise(user.accountId(), view.id(), payload.terms()), locale);
	}

	@PostMapping("/{contract}/publication")
	@Operation(summary = "Publish a record's essential data", description = """
			Checks the rules and the DECP document against the official schema v2.0.3: any problem answers 400 \
			with the translated list in 'problems' and publishes nothing. Published, the record joins \
			GET /api/v1/decp with today's date of publication and never changes.""")
	@ApiResponse(responseCode = "400", description = "Not publishable: see 'problems'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Already published",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ContractResource publish(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable UUID contract, Locale locale) {
		var view = mine(user, id, contract);
		return resource(user, contracts.publish(user.accountId(), view.id(), locale), locale);
	}

	@GetMapping("/{contract}/modifications")
	@Operation(summary = "List a record's modifications", description = "The avenants appended since publication, in their order.")
	List<ContractModification> modifications(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable UUID contract) {
		return contracts.modifications(user.accountId(), mine(user, id, contract).id());
	}

	@PostMapping(path = "/{contract}/modifications", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Append a modification (avenant)", description = """
			To a published record only (409 before): 'notifiedOn' (not in the future, not before the contract's \
			notification) and a new 'durationMonths' and/or 'amount'. Numbered 1, 2…, published today, joined to the \
			record's DECP 'modifications'; the document must still validate against the schema (400 with 'problems').""")
	@ApiResponse(responseCode = "400", description = "Refused: see 'problems'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The record is not published",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ContractModification modify(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID contract,
			@RequestBody ModificationPayload payload, Locale locale) {
		return contracts.modify(user.accountId(), mine(user, id, contract).id(), payload.notifiedOn(), payload.durationMonths(),
				payload.amount(), locale);
	}

	@Schema(name = "ContractModificationPayload")
	record ModificationPayload(java.time.LocalDate notifiedOn, Integer durationMonths, java.math.BigDecimal amount) {
	}

	private ContractView mine(SignedInUser user, UUID consultation, UUID contract) {
		var view = contracts.find(user.accountId(), new ContractId(contract));
		if (!view.consultation().value().equals(consultation)) {
			throw new NoSuchContractException("contract");
		}
		return view;
	}

	private ContractResource resource(SignedInUser user, ContractView view, Locale locale) {
		var problems = view.published() ? List.<ProblemResource>of()
				: ProblemResource.of(contracts.check(user.accountId(), view.id(), locale), messages, locale);
		return ContractResource.of(view, problems);
	}
}
