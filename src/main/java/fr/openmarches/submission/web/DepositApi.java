package fr.openmarches.submission.web;

import java.io.IOException;
import java.net.URI;
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
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.platform.RequestArrival;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.submission.DepositDesk;
import fr.openmarches.submission.DepositId;
import fr.openmarches.submission.DepositRefusedException;
import fr.openmarches.submission.DepositRegister;
import fr.openmarches.submission.DepositRequest;
import fr.openmarches.submission.DepositView;
import fr.openmarches.submission.ProbeDepositView;
import fr.openmarches.submission.Uploader;

/**
 * Deposits through the API: finalise a deposit from completed uploads; a company's own deposits,
 * their manifests and signed receipts; the register of a consultation's deposits for its buyers.
 * Another company's deposit, or another buyer's register, answers 404.
 */
@RestController
@Tag(name = "Deposits", description = "Sealed deposits (plis): finalising, receipts, the buyer's register")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class DepositApi {

	private final DepositDesk desk;

	private final DepositRegister register;

	private final CompanyOfMember member;

	private final BuyerConsultations buyerConsultations;

	private final MessageSource messages;

	private final DepositRegisterCsv registerCsv;

	DepositApi(DepositDesk desk, DepositRegister register, CompanyOfMember member,
			BuyerConsultations buyerConsultations, MessageSource messages, DepositRegisterCsv registerCsv) {
		this.registerCsv = registerCsv;
		this.desk = desk;
		this.register = register;
		this.member = member;
		this.buyerConsultations = buyerConsultations;
		this.messages = messages;
	}

	@PostMapping("/api/v1/consultations/{id}/deposits")
	@Operation(summary = "Finalise a deposit",
			description = "Once every file is uploaded (sealed, see docs/sealing.md) and its upload completed: records the "
					+ "deposit, timestamps its manifest, chains it into the evidence log and answers the deposit. The signed "
					+ "receipt (PDF and mail) follows within moments. A deposit after the deadline is kept and marked late. "
					+ "A piece may copy a vault version (vaultVersion) or be the company's DUME response to this "
					+ "consultation, its XML or PDF as exported (espdResponse: the response id; candidature envelope "
					+ "only, checked by SHA-256 and size). Needs the session's CSRF token in X-CSRF-TOKEN.")
	@ApiResponse(responseCode = "201", description = "The deposit, at the address of the Location header")
	@ApiResponse(responseCode = "400", description = "The request is wrong: the detail says what",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not a member of a company, or no CSRF token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such public consultation",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The consultation no longer takes deposits, its opening key changed, or an upload is already in a deposit",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<DepositView> deposit(@PathVariable UUID id, @RequestBody DepositRequest request,
			@AuthenticationPrincipal SignedInUser person, Locale locale, jakarta.servlet.http.HttpServletRequest http) {
		var deposit = desk.deposit(new ConsultationId(id), new Uploader(person.accountId(), member.of(person)), locale,
				request, RequestArrival.of(http).orElse(null));
		return ResponseEntity.created(URI.create("/api/v1/me/deposits/" + deposit.id())).body(deposit);
	}

	@PostMapping("/api/v1/consultations/{id}/probe-deposits")
	@Operation(summary = "Make a probe deposit (availability probe only)",
			description = "For the platform's own availability probe (docs/evidence.md, \"Availability\"), with its API "
					+ "token, on its test consultation: the request is a deposit's and is checked as one, the uploads "
					+ "must be complete, the manifest is made and its hash timestamped, then the uploads and their "
					+ "files are deleted. No number, no deposit, no receipt, no mail, no evidence entry. Anyone else "
					+ "gets 403 and nothing changes.")
	@ApiResponse(responseCode = "200", description = "What the probe deposit did; timestamped false when the authority is down")
	@ApiResponse(responseCode = "400", description = "The request is wrong: the detail says what",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not the availability probe's account, or not its consultation",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such public consultation",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The consultation no longer takes deposits, or its opening key changed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ProbeDepositView probeDeposit(@PathVariable UUID id, @RequestBody DepositRequest request,
			@AuthenticationPrincipal SignedInUser person) {
		return desk.probeDeposit(new ConsultationId(id), new Uploader(person.accountId(), member.of(person)), request);
	}

	@GetMapping("/api/v1/me/deposits")
	@Operation(summary = "My company's deposits", description = "Newest first, every consultation.")
	List<DepositView> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal SignedInUser person) {
		return desk.depositsOf(member.of(person), Math.max(page, 0), Math.clamp(size, 1, 200)).getContent();
	}

	@GetMapping("/api/v1/me/deposits/{id}")
	@Operation(summary = "One of my company's deposits")
	@ApiResponse(responseCode = "404", description = "No such deposit for the company",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	DepositView one(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person) {
		return desk.find(new DepositId(id), member.of(person)).orElseThrow();
	}

	@GetMapping(path = "/api/v1/me/deposits/{id}/manifest", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A deposit's manifest",
			description = "The exact bytes whose SHA-256 the evidence log timestamped (canonical JSON).")
	ResponseEntity<byte[]> manifest(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person) {
		var bytes = desk.manifest(new DepositId(id), member.of(person)).orElseThrow();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes);
	}

	@GetMapping(path = "/api/v1/me/deposits/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A deposit's signed receipt (PDF)",
			description = "Signed by the platform (PAdES, timestamped). 404 until issued, a moment after the deposit.")
	ResponseEntity<InputStreamResource> receipt(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person)
			throws IOException {
		var company = member.of(person);
		var deposit = desk.find(new DepositId(id), company).orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("accuse-reception-" + deposit.number() + ".pdf").build().toString())
			.body(new InputStreamResource(desk.receipt(deposit.id(), company)));
	}

	@GetMapping("/api/v1/buyer/consultations/{id}/deposits")
	@Operation(summary = "The register of a consultation's deposits",
			description = "For the consultation's buyers: who deposited, when, how much, late or replaced — never content.")
	@ApiResponse(responseCode = "404", description = "No such consultation among the buyer's",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN', 'COMMISSION_MEMBER')")
	List<DepositRegister.Entry> register(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer) {
		var consultation = new ConsultationId(id);
		if (!buyerConsultations.actsFor(buyer.accountId(), consultation)) {
			throw new NoSuchElementException();
		}
		return register.of(consultation);
	}

	@GetMapping(path = "/api/v1/buyer/consultations/{id}/deposits", produces = "text/csv")
	@Operation(summary = "The register of a consultation's deposits as CSV",
			description = "The same register for a spreadsheet (UTF-8 with BOM, semicolons), headers in the language asked for.")
	@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN', 'COMMISSION_MEMBER')")
	void registerCsv(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id))
			.orElseThrow(NoSuchElementException::new);
		registerCsv.write(consultation.id(), consultation.reference(), locale, response);
	}


	@ExceptionHandler(DepositRefusedException.class)
	ProblemDetail refused(DepositRefusedException e, Locale locale) {
		var status = switch (e.reason()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(e.messageKey(), new Object[] { e.argument() }, e.getMessage(), locale));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException e) {
		return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
	}
}
