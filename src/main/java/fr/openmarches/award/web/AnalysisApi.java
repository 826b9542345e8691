package fr.openmarches.award.web;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.openmarches.award.Analysis;
import fr.openmarches.award.Decision;
import fr.openmarches.award.DocumentReplies;
import fr.openmarches.award.DocumentReply;
import fr.openmarches.award.web.AwardResources.AnalysisResource;
import fr.openmarches.award.web.AwardResources.AssessmentResource;
import fr.openmarches.award.web.AwardResources.AssessmentsPayload;
import fr.openmarches.award.web.AwardResources.CriteriaPayload;
import fr.openmarches.award.web.AwardResources.CriterionResource;
import fr.openmarches.award.web.AwardResources.DecisionPayload;
import fr.openmarches.award.web.AwardResources.DecisionResource;
import fr.openmarches.award.web.AwardResources.DocumentRequestPayload;
import fr.openmarches.award.web.AwardResources.MessageResource;
import fr.openmarches.award.web.AwardResources.RankedResource;
import fr.openmarches.award.web.AwardResources.ReplyResource;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** The analysis of a consultation's opened bids and the decision on each lot, for its buyers. */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('COMMISSION_MEMBER', 'BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Analysis and award", description = """
		Once the bids are opened, the consultation's buyers set each lot's award criteria (weights summing to 100), \
		score the admitted bids (opened, in time), read the ranking (total = Σ weight × score ÷ max; price scored \
		max × lowest amount ÷ amount; equal totals share a rank), ask bidders for missing documents, then award the \
		lot to a bid ranked first or declare it unsuccessful — once. The award notification and the rejection \
		letters (PDF sealed by the platform) go to the companies' spaces with a mail; the first opening by a \
		member is the notification date (docs/award.md). Lot 0 stands for a consultation without lots. Anyone \
		but the consultation's buyers gets 404. Writes need the CSRF token (header X-CSRF-TOKEN).""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not an agent",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not a consultation of the reader's purchasing entities",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class AnalysisApi {

	private final Analysis analysis;

	private final DocumentReplies replies;

	AnalysisApi(Analysis analysis, DocumentReplies replies) {
		this.analysis = analysis;
		this.replies = replies;
	}

	@GetMapping
	@Operation(summary = "Read the analysis", description = "Every lot: criteria, admitted bids, ranking, decision and the messages sent with their first opening.")
	AnalysisResource read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return AnalysisResource.of(analysis.view(user.accountId(), new ConsultationId(id)));
	}

	@GetMapping("/lots/{lot}/criteria")
	@Operation(summary = "Read a lot's criteria")
	List<CriterionResource> criteria(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		return analysis.lot(user.accountId(), new ConsultationId(id), lot).criteria().stream().map(CriterionResource::of).toList();
	}

	@PutMapping(path = "/lots/{lot}/criteria", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a lot's criteria", description = """
			Replaces the lot's criteria and the scores given under them. 1 to 10 criteria, each with a label, a weight \
			of 1–100 and a positive maximum score; the weights sum to 100; one PRICE criterion at most. Refused once \
			the lot is decided.""")
	@ApiResponse(responseCode = "400", description = "Not a valid grid: see 'reason' and the translated 'detail'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The lot is decided",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<CriterionResource> defineCriteria(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable int lot, @RequestBody CriteriaPayload payload) {
		analysis.defineCriteria(user.accountId(), new ConsultationId(id), lot, payload.list());
		return criteria(user, id, lot);
	}

	@GetMapping("/lots/{lot}/scores")
	@Operation(summary = "Read a lot's scores", description = "The assessment of each admitted bid that has one: amount, scores, comment, reason set aside.")
	List<AssessmentResource> scores(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		return analysis.lot(user.accountId(), new ConsultationId(id), lot).ranking().stream()
			.filter(r -> r.amount() != null || !r.scores().isEmpty() || r.comment() != null || r.excluded())
			.map(AssessmentResource::of)
			.toList();
	}

	@PutMapping(path = "/lots/{lot}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Score bids of a lot", description = """
			Each assessment replaces the bid's former one. Only once the bids are opened and before the decision; \
			only admitted bids of the lot; scores within 0–max of their criterion. Answers the ranking.""")
	@ApiResponse(responseCode = "400", description = "Not an admitted bid, a score out of range, an invalid amount: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Not opened, or the lot is decided, or no criteria yet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<RankedResource> assess(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot,
			@RequestBody AssessmentsPayload payload) {
		analysis.assess(user.accountId(), new ConsultationId(id), lot, payload.list());
		return ranking(user, id, lot);
	}

	@GetMapping("/lots/{lot}/ranking")
	@Operation(summary = "Read a lot's ranking", description = "Best first (equal totals share a rank and are flagged 'tied'), then the bids without a rank.")
	List<RankedResource> ranking(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		return analysis.lot(user.accountId(), new ConsultationId(id), lot).ranking().stream().map(RankedResource::of).toList();
	}

	@PostMapping(path = "/lots/{lot}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Decide a lot", description = """
			AWARDED to a bid ranked first (ex æquo included) with an amount, or UNSUCCESSFUL with a reason. Once per \
			lot, once the bids are opened. Sends the letters; publishes LotAwarded or LotDeclaredUnsuccessful; when \
			every lot is decided the consultation is awarded (or unsuccessful).""")
	@ApiResponse(responseCode = "400", description = "Not an admitted bid, no amount, no reason: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Not opened, already decided, or the bid is not ranked first",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	DecisionResource decide(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot,
			@RequestBody DecisionPayload payload) {
		var consultation = new ConsultationId(id);
		var decision = payload.outcome() == Decision.Outcome.UNSUCCESSFUL
				? analysis.declareUnsuccessful(user.accountId(), consultation, lot, payload.reason())
				: analysis.award(user.accountId(), consultation, lot, payload.deposit());
		return DecisionResource.of(decision);
	}

	@PostMapping(path = "/lots/{lot}/document-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask a bidder for missing documents", description = """
			A message in the company's space and a mail to its members, with a deadline in the future. Once the bids \
			are opened, to an admitted bid of the lot.""")
	@ApiResponse(responseCode = "400", description = "No text, a deadline past, not an admitted bid: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	MessageResource requestDocuments(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot,
			@RequestBody DocumentRequestPayload payload) {
		return MessageResource.of(analysis.requestDocuments(user.accountId(), new ConsultationId(id), lot, payload.deposit(),
				payload.text(), payload.replyBy()));
	}

	@GetMapping("/letters")
	@Operation(summary = "List the letters and requests sent", description = "With each one's first opening by the company: the legal notification date.")
	List<MessageResource> letters(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return analysis.messages(user.accountId(), new ConsultationId(id)).stream().map(MessageResource::of).toList();
	}

	@GetMapping(path = "/letters/{message}/pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download a letter", description = "The letter as sent: PDF sealed by the platform (PAdES).")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID message) {
		var pdf = analysis.letter(user.accountId(), new ConsultationId(id), message)
			.orElseThrow(() -> new NoSuchElementException("No letter " + message));
		return pdf(pdf, "lettre-" + message + ".pdf");
	}

	@GetMapping("/document-replies")
	@Operation(summary = "List the answers to the requests for documents", description = "Every company's answers, oldest first, with their files.")
	List<ReplyResource> replies(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return replies.ofConsultation(user.accountId(), new ConsultationId(id)).stream().map(ReplyResource::of).toList();
	}

	@GetMapping(path = "/document-replies/{reply}/files/{position}", produces = { MediaType.APPLICATION_OCTET_STREAM_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download a file of an answer", description = "As the company sent it, as an attachment.")
	ResponseEntity<InputStreamResource> replyFile(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable UUID reply, @PathVariable int position) {
		return replyFile(replies.file(user.accountId(), new ConsultationId(id), reply, position));
	}

	static ResponseEntity<InputStreamResource> replyFile(Map.Entry<DocumentReply.File, InputStream> file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(file.getKey().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getKey().fileName(),
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(file.getValue()));
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
		return file(pdf, name, MediaType.APPLICATION_PDF);
	}

	static ResponseEntity<byte[]> download(byte[] bytes, String name) {
		return file(bytes, name, name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? MediaType.APPLICATION_PDF
				: MediaType.APPLICATION_OCTET_STREAM);
	}

	private static ResponseEntity<byte[]> file(byte[] pdf, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf);
	}
}
