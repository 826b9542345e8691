package fr.openmarches.vault.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.vault.DocumentType;
import fr.openmarches.vault.Vault;
import fr.openmarches.vault.VaultDocument;
import fr.openmarches.vault.VaultNotFoundException;
import fr.openmarches.vault.VaultProperties;
import fr.openmarches.vault.VaultRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The vault of the signed-in person's company. Company members only: others are refused (401,
 * 403), and ids that are not of the person's company are not found (404). Writes need the
 * session and the CSRF token in header {@code X-CSRF-TOKEN}.
 */
@RestController
@RequestMapping(path = "/api/v1/my-company/vault", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "My company's vault", description = "The company's administrative documents (coffre-fort), in versions. "
		+ "Company members only; writes need the CSRF token (header X-CSRF-TOKEN).")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a company member",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "The person belongs to no company, or the id is not of their company's vault",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class VaultApi {

	private final Vault vault;

	private final VaultProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	VaultApi(Vault vault, VaultProperties properties, MessageSource messages, Clock clock) {
		this.vault = vault;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	/** A version as the API shows it. */
	record VersionResource(UUID id, int number, LocalDate issuedOn, LocalDate validUntil, String fileName,
			String mediaType, long size, String sha256, String validity, URI content) {
	}

	/** A document with its versions, the latest first; its validity is the latest's. */
	record DocumentResource(UUID id, DocumentType type, String typeLabel, String title, String validity,
			String validityLabel, List<VersionResource> versions) {
	}

	@GetMapping("/documents")
	@Operation(summary = "List my company's vault documents",
			description = "Each with its versions; expired ones are left out unless includeExpired=true.")
	List<DocumentResource> documents(@AuthenticationPrincipal SignedInUser person,
			@RequestParam(defaultValue = "false") boolean includeExpired, Locale locale) {
		var today = today();
		return vault.documents(actor(person)).stream()
			.filter(d -> includeExpired || d.validity(today) != VaultDocument.Validity.EXPIRED)
			.map(d -> resource(d, locale))
			.toList();
	}

	@GetMapping("/documents/{id}")
	@Operation(summary = "Read a vault document and its versions")
	DocumentResource document(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id, Locale locale) {
		return resource(vault.document(actor(person), id), locale);
	}

	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Store a new document", description = "Multipart: file, type, title, issuedOn, validUntil (optional), dates as YYYY-MM-DD.")
	@ApiResponse(responseCode = "400", description = "Empty file, missing title or dates",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "The file is too large",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "The file's type is not accepted",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	DocumentResource create(@AuthenticationPrincipal SignedInUser person, @RequestParam MultipartFile file,
			@RequestParam DocumentType type, @RequestParam String title,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			Locale locale) throws IOException {
		var actor = actor(person);
		return resource(vault.create(actor, type, title, upload(file, issuedOn, validUntil)), locale);
	}

	@PostMapping(path = "/documents/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a new version of a document", description = "The previous versions are kept. Multipart: file, issuedOn, validUntil (optional).")
	DocumentResource addVersion(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id,
			@RequestParam MultipartFile file, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			Locale locale) throws IOException {
		var actor = actor(person);
		return resource(vault.addVersion(actor, id, upload(file, issuedOn, validUntil)), locale);
	}

	@GetMapping(path = "/versions/{id}/content", produces = MediaType.ALL_VALUE)
	@Operation(summary = "Download a version's file")
	ResponseEntity<InputStreamResource> content(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id) {
		var content = vault.open(actor(person), id);
		var version = content.version();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(version.mediaType()))
			.contentLength(version.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(version.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-SHA256", version.sha256())
			.body(new InputStreamResource(content.bytes()));
	}

	@DeleteMapping("/versions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a version", description = "The document goes with its last version.")
	void delete(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id) {
		vault.deleteVersion(actor(person), id);
	}

	@ExceptionHandler(VaultNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(VaultNotFoundException e, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + ".", request);
	}

	@ExceptionHandler(VaultRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(VaultRejectedException e, HttpServletRequest request, Locale locale) {
		var status = switch (e.reason()) {
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			default -> HttpStatus.BAD_REQUEST;
		};
		var detail = messages.getMessage(e.messageKey(),
				new Object[] { properties.maxFileSize().toMegabytes() }, locale);
		var answer = problem(status, "Document refused", detail, request);
		answer.getBody().setProperty("reason", e.reason().name());
		return answer;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Vault.Upload upload(MultipartFile file, LocalDate issuedOn, LocalDate validUntil) throws IOException {
		return new Vault.Upload(file.getOriginalFilename(), file.getContentType(), issuedOn, validUntil,
				file.getInputStream());
	}

	private DocumentResource resource(VaultDocument document, Locale locale) {
		var today = today();
		var validity = document.validity(today);
		return new DocumentResource(document.id(), document.type(),
				messages.getMessage("vault.type." + document.type().name(), null, locale), document.title(),
				validity.name(), messages.getMessage("vault.validity." + validity.name(), null, locale),
				document.versions().stream()
					.map(v -> new VersionResource(v.id(), v.number(), v.issuedOn(), v.validUntil(), v.fileName(),
							v.mediaType(), v.size(), v.sha256(), v.validity(today).name(),
							URI.create("/api/v1/my-company/vault/versions/" + v.id() + "/content")))
					.toList());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
	}

	private static AccountId actor(SignedInUser person) {
		if (person == null) {
			throw new VaultNotFoundException("company");
		}
		return person.accountId();
	}
}
