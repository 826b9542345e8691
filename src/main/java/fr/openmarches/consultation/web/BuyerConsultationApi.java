package fr.openmarches.consultation.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.Addendum;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.BuyerSearch;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.DocumentUpload;
import fr.openmarches.consultation.InvalidConsultationException;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.consultation.Violation;
import fr.openmarches.consultation.web.BuyerResources.BuyerConsultationPage;
import fr.openmarches.consultation.web.BuyerResources.BuyerConsultationResource;
import fr.openmarches.consultation.web.BuyerResources.CancellationPayload;
import fr.openmarches.consultation.web.BuyerResources.ConsultationPayload;
import fr.openmarches.consultation.web.BuyerResources.PaperPiecePayload;
import fr.openmarches.consultation.web.BuyerResources.PublicationCheckResource;
import fr.openmarches.consultation.web.ConsultationResources.ChangeResource;
import fr.openmarches.consultation.web.ConsultationResources.DocumentResource;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The buyer's consultations as JSON: the same actions as {@code /acheteur/consultations}, for the
 * buyer's own entities only. Signed in with the session; writes carry the CSRF token in the
 * {@code X-CSRF-TOKEN} header.
 */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Buyer consultations", description = """
		The consultations of the purchasing entities the signed-in buyer acts for, in every state: draft, \
		revise, attach documents, review and publish, publish changes (addenda), cancel. Another entity's \
		consultation answers 404. Writes need the session and the CSRF token (header X-CSRF-TOKEN).""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Signed in, but not a buyer",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class BuyerConsultationApi {

	private static final int MAX_PAGE_SIZE = 100;

	private final BuyerConsultations buyers;

	private final PlatformProperties platform;

	private final MessageSource messages;

	BuyerConsultationApi(BuyerConsultations buyers, PlatformProperties platform, MessageSource messages) {
		this.buyers = buyers;
		this.platform = platform;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List the buyer's consultations", description = """
			The consultations of the buyer's entities, drafts and test consultations included, the latest \
			drafted first, with how many are in each state.""")
	BuyerConsultationPage list(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "One of the buyer's entities") @RequestParam(required = false) UUID entity,
			@Parameter(description = "One state") @RequestParam(required = false) ConsultationState state,
			@Parameter(description = "Words that must all appear in the reference, title or object")
			@RequestParam(required = false) String q,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, at most 100") @RequestParam(defaultValue = "20") int size) {
		var chosen = entity == null ? null : new PurchasingEntityId(entity);
		var found = buyers.search(user.accountId(), new BuyerSearch(chosen, state, q), Math.max(0, page - 1),
				Math.clamp(size, 1, MAX_PAGE_SIZE));
		return BuyerConsultationPage.of(found, buyers.countByState(user.accountId(), chosen), platform);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Draft a consultation", description = "Creates a draft for one of the buyer's entities.")
	@ApiResponse(responseCode = "201", description = "The draft, at the address of the Location header")
	@ApiResponse(responseCode = "400", description = "Every mistake, field by field (property errors)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<BuyerConsultationResource> draft(@AuthenticationPrincipal SignedInUser user,
			@RequestBody ConsultationPayload payload) {
		var id = buyers.draft(user.accountId(), payload.details());
		return ResponseEntity.created(URI.create("/api/v1/buyer/consultations/" + id)).body(resource(user, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one of the buyer's consultations",
			description = "Any state; for a draft, what it still lacks to be published.")
	@ApiResponse(responseCode = "404", description = "Not a consultation of the buyer's entities",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	BuyerConsultationResource read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return resource(user, new ConsultationId(id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Revise a draft", description = "Replaces the draft's details and lots. Drafts only (409 otherwise).")
	BuyerConsultationResource revise(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody ConsultationPayload payload) {
		var consultation = new ConsultationId(id);
		buyers.revise(user.accountId(), consultation, payload.details());
		return resource(user, consultation);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a document to a draft", description = """
			A file as the notice (NOTICE: replaces the previous one), the rules (RULES: idem) or a piece of the \
			DCE (PIECE). Refused when empty (400) or above the platform's size limit (413); folders and control \
			characters are dropped from its name.""")
	DocumentResource attach(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@Parameter(description = "NOTICE, RULES or PIECE") @RequestParam DocumentKind kind,
			@Parameter(description = "Title shown; the file's name when absent") @RequestParam(required = false) String title,
			@RequestPart("file") MultipartFile file) throws IOException {
		var consultation = new ConsultationId(id);
		var document = buyers.attach(user.accountId(), consultation, kind,
				new DocumentUpload(title, file.getOriginalFilename(), file));
		return document(user, consultation, document);
	}

	@PostMapping(path = "/{id}/documents/paper", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "List a piece that is not dematerialised", description = "On a draft, with how to obtain it.")
	DocumentResource paper(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody PaperPiecePayload payload) {
		var consultation = new ConsultationId(id);
		var document = buyers.addPieceOnPaper(user.accountId(), consultation, payload.title(), payload.howToObtain());
		return document(user, consultation, document);
	}

	@DeleteMapping("/{id}/documents/{document}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a document from a draft",
			description = "Drafts only; a public consultation changes its documents through a change (409 otherwise).")
	void remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID document) {
		try {
			buyers.removeDocument(user.accountId(), new ConsultationId(id), document);
		}
		catch (InvalidConsultationException unknown) {
			throw new NoSuchConsultationException(new ConsultationId(id));
		}
	}

	@PostMapping("/{id}/publication")
	@Operation(summary = "Publish a draft", description = """
			Makes the draft public, once nothing blocking is missing (rules attached, deposit deadline ahead…); \
			409 with the list of what is missing otherwise.""")
	BuyerConsultationResource publish(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		var consultation = new ConsultationId(id);
		buyers.publish(user.accountId(), consultation);
		return resource(user, consultation);
	}

	@PostMapping(path = "/{id}/changes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish a change (addendum)", description = """
			Changes the documents of a published consultation before its deadline, for a published reason: \
			each file of 'replacement' replaces the current document named at the same position of \
			'replacedDocument'; 'removedDocument' withdraws pieces; each file of 'addedPiece' is a new piece. \
			Every earlier version is kept.""")
	ChangeResource change(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@Parameter(description = "Why; published with the change") @RequestParam String reason,
			@Parameter(description = "Ids of current documents replaced, in the order of 'replacement'")
			@RequestParam(required = false) List<UUID> replacedDocument,
			@RequestPart(required = false) List<MultipartFile> replacement,
			@Parameter(description = "Ids of current pieces withdrawn") @RequestParam(required = false) List<UUID> removedDocument,
			@RequestPart(required = false) List<MultipartFile> addedPiece) throws IOException {
		var replaced = replacedDocument == null ? List.<UUID>of() : replacedDocument;
		var files = replacement == null ? List.<MultipartFile>of() : replacement;
		if (replaced.size() != files.size()) {
			throw new InvalidConsultationException(Violation.of("replacement", "consultation.change.pairs"));
		}
		var replacements = new ArrayList<Addendum.Replacement>();
		for (int i = 0; i < replaced.size(); i++) {
			replacements.add(new Addendum.Replacement(replaced.get(i),
					new DocumentUpload(null, files.get(i).getOriginalFilename(), files.get(i))));
		}
		var additions = (addedPiece == null ? List.<MultipartFile>of() : addedPiece).stream()
			.map(file -> new DocumentUpload(null, file.getOriginalFilename(), file))
			.toList();
		var consultation = new ConsultationId(id);
		int number = buyers.publishChange(user.accountId(), consultation,
				new Addendum(reason, replacements, removedDocument, additions));
		return buyers.find(user.accountId(), consultation)
			.flatMap(details -> details.changes().stream().filter(c -> c.number() == number).findFirst())
			.map(ChangeResource::of)
			.orElseThrow(() -> new NoSuchConsultationException(consultation));
	}

	@PostMapping(path = "/{id}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Cancel a consultation (sans suite)",
			description = "From any state before a decision; the reason is published. 409 in a final state.")
	BuyerConsultationResource cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody CancellationPayload payload) {
		var consultation = new ConsultationId(id);
		buyers.cancel(user.accountId(), consultation, payload.reason());
		return resource(user, consultation);
	}

	private BuyerConsultationResource resource(SignedInUser user, ConsultationId id) {
		var details = buyers.find(user.accountId(), id).orElseThrow(() -> new NoSuchConsultationException(id));
		var check = details.state() == ConsultationState.DRAFT
				? PublicationCheckResource.of(buyers.check(user.accountId(), id),
						requirement -> messages.getMessage("consultation.requirement." + requirement.name(), null,
								LocaleContextHolder.getLocale()))
				: null;
		return BuyerConsultationResource.of(details, check, platform);
	}

	private DocumentResource document(SignedInUser user, ConsultationId id, UUID document) {
		return buyers.find(user.accountId(), id)
			.flatMap(details -> details.document(document))
			.map(DocumentResource::of)
			.orElseThrow(() -> new NoSuchConsultationException(id));
	}
}
