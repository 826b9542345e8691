package fr.openmarches.award.web;

import java.util.List;
import java.util.UUID;

import fr.openmarches.award.CompanyMessages;
import fr.openmarches.award.DocumentReplies;
import fr.openmarches.award.web.AwardResources.MessageResource;
import fr.openmarches.award.web.AwardResources.ReplyResource;
import fr.openmarches.identity.SignedInUser;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The messages of the signed-in member's company: letters and requests about its bids. */
@RestController
@RequestMapping(path = "/api/v1/my-company/messages", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SUPPLIER_MEMBER', 'SUPPLIER_ADMIN')")
@Tag(name = "Company messages", description = """
		Award notifications, rejection letters, unsuccessful lots and requests for missing documents sent to the \
		member's company. Opening a message (its GET, or its PDF) records the first opening: the letter's legal \
		notification date, which later openings do not change. Another company's message: 404.""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a company member",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class CompanyMessagesApi {

	private final CompanyMessages messages;

	private final DocumentReplies replies;

	CompanyMessagesApi(CompanyMessages messages, DocumentReplies replies) {
		this.messages = messages;
		this.replies = replies;
	}

	@GetMapping("/{message}/replies")
	@Operation(summary = "List the answers to a request for documents", description = "The company's answers, oldest first.")
	List<ReplyResource> replies(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID message) {
		return replies.ofRequest(user.accountId(), message).stream().map(ReplyResource::of).toList();
	}

	@PostMapping(path = "/{message}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Answer a request for documents", description = """
			A 'text' and up to 20 'files' (200 MB each at most); the buyer who asked gets a mail. An answer after the \
			deadline is kept and flagged late. Reasons: NOT_A_REQUEST (409), EMPTY_REPLY, TOO_MANY_FILES, TOO_LONG.""")
	@ApiResponse(responseCode = "400", description = "Empty, too many files, text too long: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ReplyResource reply(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID message,
			@RequestParam(required = false) String text, @RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return ReplyResource.of(replies.reply(user.accountId(), message, text, CompanyMessagePages.uploads(files)));
	}

	@GetMapping
	@Operation(summary = "List my company's messages", description = "Latest first, with whether and when each was first opened.")
	List<MessageResource> list(@AuthenticationPrincipal SignedInUser user) {
		return messages.of(user.accountId()).stream().map(MessageResource::of).toList();
	}

	@GetMapping("/{message}")
	@Operation(summary = "Open a message", description = "Answers the message and records its first opening (the notification date).")
	@ApiResponse(responseCode = "404", description = "Not one of the company's messages",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	MessageResource open(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID message) {
		return MessageResource.of(messages.open(user.accountId(), message));
	}

	@GetMapping(path = "/{message}/pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download a message's letter", description = "The sealed PDF; opens the message too.")
	@ApiResponse(responseCode = "404", description = "Not one of the company's messages, or no letter with it",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID message) {
		return AnalysisApi.pdf(messages.letter(user.accountId(), message), "lettre-" + message + ".pdf");
	}
}
