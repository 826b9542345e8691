package fr.openmarches.evidence.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.evidence.DeadlineExtensionRefusedException;
import fr.openmarches.evidence.DeadlineExtensions;
import fr.openmarches.identity.SignedInUser;

/** Outage-driven deadline extensions of a buyer's consultation, for scripts (docs/evidence.md). */
@RestController
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Evidence", description = "The hash-chained evidence log, its timestamped daily heads, and receipt verification")
class DeadlineExtensionApi {

	private static final String PATH = "/api/v1/buyer/consultations/{id}/deadline-extension";

	private final DeadlineExtensions extensions;

	private final MessageSource messages;

	DeadlineExtensionApi(DeadlineExtensions extensions, MessageSource messages) {
		this.extensions = extensions;
		this.messages = messages;
	}

	/** What the rule sees, and the extensions decided so far. */
	record ExtensionState(UUID consultation, String state, Instant deadline, Instant windowStart, Instant windowEnd,
			boolean windowStarted, List<AvailabilityApi.PeriodResource> periods, boolean outage, boolean extensible,
			List<DecisionResource> decisions) {
	}

	record DecisionResource(UUID id, UUID decidedBy, Instant decidedAt, Instant previousDeadline, Instant newDeadline,
			String reason, boolean reopened, Instant windowStart, Instant windowEnd, String outage, long evidenceSequence) {

		static DecisionResource of(DeadlineExtensions.Decision d) {
			return new DecisionResource(d.id(), d.decidedBy().value(), d.decidedAt(), d.previousDeadline(), d.newDeadline(),
					d.reason(), d.reopened(), d.windowStart(), d.windowEnd(), d.outage(), d.evidenceSequence());
		}
	}

	/**
	 * @param newDeadline the new deposit deadline, an ISO-8601 instant
	 * @param currentDeadline the deadline being extended, as the caller saw it (optional: the one
	 *        found when the request arrives); refused (409) when another decision moved it meanwhile
	 */
	record ExtensionRequest(Instant newDeadline, String reason,
			@Schema(description = "The deadline being extended, as the caller saw it (optional); 409 evidence.extension.changed when another decision moved it meanwhile", nullable = true) Instant currentDeadline) {
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The outage facts of the last hour before a consultation's deadline",
			description = "The availability log's periods over the last hour before the deposit deadline (up to now while "
					+ "it runs), whether they show an outage (a period DOWN, DEGRADED or UNKNOWN), whether the buyer may "
					+ "extend the deadline now, and the extensions decided so far. Another entity's consultation: 404.")
	@ApiResponse(responseCode = "200", description = "The facts and the decisions")
	@ApiResponse(responseCode = "404", description = "Not one of the buyer's consultations")
	ExtensionState state(@AuthenticationPrincipal SignedInUser buyer, @PathVariable UUID id) {
		var consultation = new ConsultationId(id);
		var facts = extensions.facts(buyer.accountId(), consultation).orElseThrow(NoSuchElementException::new);
		return new ExtensionState(id, facts.state().name(), facts.deadline(), facts.windowStart(), facts.windowEnd(),
				facts.windowStarted(), facts.periods().stream().map(p -> new AvailabilityApi.PeriodResource(p.status().name(), p.start(), p.end(), p.duration().toSeconds())).toList(),
				facts.outage(), facts.extensible(),
				extensions.decisions(buyer.accountId(), consultation).stream().map(DecisionResource::of).toList());
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Extend a consultation's deadline after an outage in its last hour",
			description = "Allowed when the availability log shows an outage (a period DOWN, DEGRADED or UNKNOWN) in the "
					+ "last hour before the deposit deadline, while the consultation takes bids or once it closed at that "
					+ "deadline and before its bids are opened (it is then reopened). Records the rule's facts and the "
					+ "decision (a row and an evidence log entry DEADLINE_EXTENDED), moves the deadline and mails every "
					+ "identified downloader. Needs the session's CSRF token. Two decisions at the same moment are taken one "
					+ "after the other: the second finds the deadline moved and gets 409 evidence.extension.changed.")
	@ApiResponse(responseCode = "200", description = "The decision recorded")
	@ApiResponse(responseCode = "400", description = "No reason, a reason too long, or a new deadline not later than both the current one and now",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not a buyer, or no CSRF token")
	@ApiResponse(responseCode = "404", description = "Not one of the buyer's consultations")
	@ApiResponse(responseCode = "409", description = "No outage in the last hour before the deadline, the consultation no longer allows it, or another decision changed the deadline meanwhile",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	DecisionResource extend(@AuthenticationPrincipal SignedInUser buyer, @PathVariable UUID id,
			@RequestBody ExtensionRequest request) {
		return DecisionResource.of(extensions.extend(buyer.accountId(), new ConsultationId(id), request.currentDeadline(),
				request.newDeadline(), request.reason()));
	}

	@ExceptionHandler(DeadlineExtensionRefusedException.class)
	ProblemDetail refused(DeadlineExtensionRefusedException e, Locale locale) {
		var status = e.reason() == DeadlineExtensionRefusedException.Reason.INVALID ? HttpStatus.BAD_REQUEST
				: HttpStatus.CONFLICT;
		var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.messageKey(), null, locale));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException e) {
		return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
	}
}
