package fr.openmarches.award.web;

import java.util.List;
import java.util.UUID;

import fr.openmarches.award.CompanyMessages;
import fr.openmarches.award.web.AwardResources.MessageResource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

	CompanyMessagesApi(CompanyMessages messages) {
		this.messages = messages;
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
