package fr.openmarches.submission.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.submission.ChunkReceipt;
import fr.openmarches.submission.CompletedUpload;
import fr.openmarches.submission.UploadDesk;
import fr.openmarches.submission.UploadId;
import fr.openmarches.submission.UploadRefusedException;
import fr.openmarches.submission.UploadView;
import fr.openmarches.submission.Uploader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The resumable upload of deposit files, already encrypted by the browser or the CLI: open an
 * upload, send its chunks in any order (again after a cut), read what arrived, complete. For the
 * members of a company only (the security rules ask for a supplier role); another company's upload
 * answers 404. Writes need the session's CSRF token in {@code X-CSRF-TOKEN}.
 */
@RestController
@Tag(name = "Deposit uploads", description = "Resumable, chunked upload of encrypted deposit files")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a member of a company, or no CSRF token",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class UploadApi {

	private final UploadDesk desk;

	private final CompanyOfMember member;

	private final MessageSource messages;

	UploadApi(UploadDesk desk, CompanyOfMember member, MessageSource messages) {
		this.desk = desk;
		this.member = member;
		this.messages = messages;
	}

	@PostMapping("/api/v1/uploads")
	@Operation(summary = "Open an upload",
			description = "Declares a file of totalSize bytes to be sent in chunks of chunkSize bytes (1 MiB to 64 MiB; "
					+ "the last chunk holds the rest). Accepted after the deposit deadline too: the deposit will be marked late.")
	@ApiResponse(responseCode = "201", description = "The upload, at the address of the Location header")
	@ApiResponse(responseCode = "400", description = "A size or the label out of bounds",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such public consultation",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The consultation was opened or decided: it takes no more deposits",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<UploadView> start(@org.springframework.web.bind.annotation.RequestBody StartRequest request,
			@AuthenticationPrincipal SignedInUser person) {
		if (request.consultationId() == null || request.totalSize() == null || request.chunkSize() == null) {
			throw invalid("consultationId, totalSize, chunkSize and label are required");
		}
		var upload = desk.start(new ConsultationId(request.consultationId()),
				new Uploader(person.accountId(), member.of(person)), request.label(), request.totalSize(),
				request.chunkSize());
		return ResponseEntity.created(URI.create("/api/v1/uploads/" + upload.id())).body(upload);
	}

	@GetMapping("/api/v1/uploads/{id}")
	@Operation(summary = "What an upload holds",
			description = "The chunks received and the bytes they hold: a client resumes by sending the others. Once "
					+ "the file is in a finalised deposit, deposit is that deposit's id (null before): a client that lost "
					+ "the answer of its finalisation finds its deposit there.")
	@ApiResponse(responseCode = "200", description = "The upload")
	@ApiResponse(responseCode = "404", description = "No such upload for the company",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	UploadView find(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person) {
		return desk.find(new UploadId(id), member.of(person));
	}

	@PutMapping(path = "/api/v1/uploads/{id}/chunks/{index}", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	@Operation(summary = "Send a chunk",
			description = "The raw bytes of chunk index (from 0), with their SHA-256 in X-Chunk-SHA256 (hex) or "
					+ "Digest (SHA-256=base64). Checked, then kept; sending the same chunk again answers the same.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary"))))
	@Parameter(in = ParameterIn.HEADER, name = "X-Chunk-SHA256", description = "Lowercase hex SHA-256 of the chunk")
	@Parameter(in = ParameterIn.HEADER, name = "Digest", description = "SHA-256=<base64 of the SHA-256> (RFC 3230)")
	@ApiResponse(responseCode = "200", description = "The chunk is kept")
	@ApiResponse(responseCode = "400", description = "No hash, or the bytes do not match it, or not the chunk's length: nothing kept",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such upload for the company",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The upload is complete, or holds other bytes for this chunk",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "507", description = "The platform's storage cannot take the chunk now (full or unavailable): "
			+ "nothing of it was kept, the chunks received before are intact; send it again later (Retry-After)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ChunkReceipt chunk(@PathVariable UUID id, @PathVariable int index,
			@Parameter(hidden = true) @RequestHeader(name = "X-Chunk-SHA256", required = false) String chunkSha256,
			@Parameter(hidden = true) @RequestHeader(name = "Digest", required = false) String digest,
			HttpServletRequest request, @AuthenticationPrincipal SignedInUser person) throws IOException {
		var company = member.of(person);
		var sha256 = ChunkDigest.of(chunkSha256, digest)
			.orElseThrow(() -> invalid("Send the chunk's SHA-256 in X-Chunk-SHA256 or Digest"));
		return desk.receive(new UploadId(id), company, index, sha256, request.getContentLengthLong(),
				request.getInputStream());
	}

	@PostMapping("/api/v1/uploads/{id}/completion")
	@Operation(summary = "Complete an upload",
			description = "Once every chunk is there, joins them into one file and answers its SHA-256 and size. "
					+ "Completing again answers the same.")
	@ApiResponse(responseCode = "200", description = "The file, as one blob")
	@ApiResponse(responseCode = "404", description = "No such upload for the company",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "A chunk is missing (its index is told)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "507", description = "The platform's storage cannot take the file now: the chunks are kept; "
			+ "complete again later (Retry-After)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	CompletionResponse complete(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person) throws IOException {
		return CompletionResponse.of(desk.complete(new UploadId(id), member.of(person)));
	}


	private static ResponseStatusException invalid(String detail) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(UploadRefusedException.class)
	ResponseEntity<ProblemDetail> refused(UploadRefusedException e, Locale locale) {
		if (e.reason() == UploadRefusedException.Reason.STORAGE) {
			// the platform's fault, not the request's: said in the reader's language, with when to try again
			var detail = e.chunk() == null ? messages.getMessage("submission.upload.storage.file", null, locale)
					: messages.getMessage("submission.upload.storage.chunk", new Object[] { e.chunk() }, locale);
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INSUFFICIENT_STORAGE, detail);
			problem.setProperty("retryable", true);
			return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).header("Retry-After", "60").body(problem);
		}
		var status = e.reason() == UploadRefusedException.Reason.INVALID ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, e.getMessage()));
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException e) {
		return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
	}

	/**
	 * @param consultationId the consultation the file is for
	 * @param totalSize the file's size in bytes (ciphertext)
	 * @param chunkSize the size of every chunk but the last, 1 MiB to 64 MiB
	 * @param label what the file is, for the depositor (e.g. its plaintext name)
	 */
	record StartRequest(UUID consultationId, Long totalSize, Integer chunkSize, String label) {
	}

	/** @param sha256 lowercase hex SHA-256 of the whole file, which is also its blob's address */
	record CompletionResponse(UUID upload, String sha256, long size) {

		static CompletionResponse of(CompletedUpload completed) {
			return new CompletionResponse(completed.upload().value(), completed.blob().sha256(), completed.size());
		}
	}
}
