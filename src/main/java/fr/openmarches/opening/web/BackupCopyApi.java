package fr.openmarches.opening.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.BackupCopies;
import fr.openmarches.opening.BackupCopy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The backup copies of a consultation: registered on receipt, opened only in the cases the law allows. */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations/{id}/backup-copies", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('COMMISSION_MEMBER', 'BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Backup copies", description = """
		Copies de sauvegarde (art. R2132-11): each one received is registered (company, medium, time of receipt: in \
		time or not). A commission member opens one received in time only in a legal case — MALWARE, NOT_RECEIVED \
		(no electronic deposit, or a late one), NOT_OPENABLE (a piece of the deposit could not be read) — checked \
		against the electronic deposit, with an explanation; written once. Refusals carry a 'reason'.""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not a consultation of your entities",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class BackupCopyApi {

	private final BackupCopies copies;

	BackupCopyApi(BackupCopies copies) {
		this.copies = copies;
	}

	@GetMapping
	@Operation(summary = "List the backup copies", description = "In the order received, each with whether it came in time and its opening.")
	List<BackupCopyResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return copies.of(user.accountId(), new ConsultationId(id)).stream().map(BackupCopyResource::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a backup copy received", description = "Its company (and SIRET if written), medium and time of receipt.")
	@ApiResponse(responseCode = "400", description = "No company or medium, receipt in the future, malformed SIRET (reasons INVALID_BACKUP, INVALID_SIRET)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	BackupCopyResource register(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody NewBackupCopy copy) {
		return BackupCopyResource.of(copies.register(user.accountId(), new ConsultationId(id), copy.companyName(), copy.siret(),
				copy.medium(), copy.receivedAt()));
	}

	@PostMapping(path = "/{copy}/opening", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open a backup copy", description = """
			Commission members only, once the consultation is closed, for a copy received in time (else BACKUP_LATE), in \
			a legal case whose facts the platform checks against the electronic 'deposit' (else BACKUP_CASE_NOT_MET), \
			with an explanation (else INVALID_REASON). Once (ALREADY_OPENED).""")
	@ApiResponse(responseCode = "403", description = "Not a commission member (reason NOT_A_MEMBER)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Not closed, late copy, case not met, already opened",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	BackupCopyResource open(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID copy,
			@RequestBody BackupOpening opening) {
		return BackupCopyResource.of(copies.open(user.accountId(), new ConsultationId(id), copy, opening.legalCase(),
				opening.deposit(), opening.explanation()));
	}

	@Schema(name = "NewBackupCopy")
	record NewBackupCopy(String companyName, @Schema(description = "14 digits, optional") String siret,
			BackupCopy.Medium medium, Instant receivedAt) {
	}

	@Schema(name = "BackupCopyOpening")
	record BackupOpening(BackupCopy.Case legalCase,
			@Schema(description = "The electronic deposit concerned; required but for NOT_RECEIVED with no deposit") UUID deposit,
			String explanation) {
	}

	@Schema(name = "BackupCopy")
	record BackupCopyResource(UUID id, String companyName, String siret, BackupCopy.Medium medium, Instant receivedAt,
			@Schema(description = "Received by the deposit deadline: only such a copy may be opened") boolean inTime,
			UUID recordedBy, Instant recordedAt, BackupCopy.Case openingCase, UUID deposit, String explanation,
			UUID openedBy, Instant openedAt) {

		static BackupCopyResource of(BackupCopy c) {
			var o = c.opening();
			return new BackupCopyResource(c.id(), c.companyName(), c.siret(), c.medium(), c.receivedAt(), c.inTime(),
					c.recordedBy().value(), c.recordedAt(), o == null ? null : o.legalCase(), o == null ? null : o.deposit(),
					o == null ? null : o.explanation(), o == null ? null : o.by().value(), o == null ? null : o.at());
		}
	}
}
