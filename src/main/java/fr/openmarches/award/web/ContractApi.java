package fr.openmarches.award.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.openmarches.award.Contract;
import fr.openmarches.award.ContractSigning;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.signature.PieceVerdict;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The contract of an awarded lot, for the consultation's buyers: send it to the holder, follow its signature, conclude it. */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations/{id}/analysis/lots/{lot}/contract", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Contracts", description = """
		The contract of an awarded lot. The buyer sends the PDF to sign (a CONTRACT message and a mail to the holder); \
		the holder signs it on its side and deposits the signed file (PAdES copy of the very PDF, or a detached \
		CAdES/XAdES signature of it), verified with EU DSS; the buyer then concludes it, never while the standstill \
		runs (R2182-1). Refusals are problem details with a 'reason'.""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not a consultation of your entities, no such lot, or no contract sent",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ContractApi {

	private final ContractSigning signing;

	ContractApi(ContractSigning signing) {
		this.signing = signing;
	}

	@GetMapping
	@Operation(summary = "Read a lot's contract", description = "What was sent, the holder's signature as verified, the standstill and the conclusion.")
	ContractResource read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		return ContractResource.of(signing.of(user.accountId(), new ConsultationId(id), lot));
	}

	@PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Send the contract to sign", description = """
			A PDF of at most 20 MB, for an awarded lot; replaces the one sent as long as the holder has not signed. The \
			holder's members get a message and a mail.""")
	@ApiResponse(responseCode = "400", description = "Not a PDF, or too large (reason NOT_A_PDF)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Lot not awarded, or signed already (reasons NOT_AWARDED, CONTRACT_SIGNED)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ContractResource send(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot,
			@RequestPart("file") MultipartFile file) throws IOException {
		return ContractResource.of(signing.send(user.accountId(), new ConsultationId(id), lot, file.getOriginalFilename(),
				bytes(file)));
	}

	@GetMapping(path = "/document", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download the contract sent", description = "The PDF as sent to the holder.")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		var consultation = new ConsultationId(id);
		return AnalysisApi.pdf(signing.document(user.accountId(), consultation, lot),
				signing.of(user.accountId(), consultation, lot).fileName());
	}

	@GetMapping(path = "/signed-document", produces = { MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download the file the holder signed", description = "A PAdES PDF, or a detached CAdES/XAdES signature.")
	ResponseEntity<byte[]> signed(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		var consultation = new ConsultationId(id);
		var contract = signing.of(user.accountId(), consultation, lot);
		var bytes = signing.signedDocument(user.accountId(), consultation, lot);
		return AnalysisApi.download(bytes, contract.signature().fileName());
	}

	@GetMapping(path = "/signature-report", produces = { MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "EU DSS's report on the holder's signature", description = "The simple report (XML) kept when the signature was verified.")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
			.body(signing.signatureReport(user.accountId(), new ConsultationId(id), lot));
	}

	@PostMapping("/conclusion")
	@ResponseStatus(HttpStatus.OK)
	@Operation(summary = "Conclude the contract", description = """
			Records the contract signed by the buyer's side: once, after the holder signed, and from the day after the \
			standstill's last day.""")
	@ApiResponse(responseCode = "409", description = "Standstill running, not signed by the holder, or concluded already (reasons STANDSTILL_RUNNING, NOT_SIGNED_BY_HOLDER, ALREADY_CONCLUDED)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ContractResource conclude(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable int lot) {
		return ContractResource.of(signing.conclude(user.accountId(), new ConsultationId(id), lot));
	}

	static byte[] bytes(MultipartFile file) throws IOException {
		return file.getSize() > ContractSigning.MAX_BYTES ? null : file.getBytes();
	}

	@Schema(name = "Contract")
	record ContractResource(UUID consultation, @Schema(description = "0 when the consultation has no lots") int lot,
			UUID company, UUID message, String fileName,
			@Schema(description = "SHA-256 of the PDF sent (hex): what the holder must sign") String sha256, Instant sentAt,
			@Schema(description = "The holder's signature as verified; null until signed") SignatureResource signature,
			@Schema(description = "Last day of the standstill; null when none applies") LocalDate standstillEndsOn,
			Instant concludedAt) {

		static ContractResource of(Contract c) {
			var s = c.signature();
			return new ContractResource(c.consultation().value(), c.lot(), c.company().value(), c.message(), c.fileName(),
					c.sha256(), c.sentAt(), s == null ? null
							: new SignatureResource(s.fileName(), s.status(), s.signers(), s.qualified(), s.signedAt()),
					c.standstillEndsOn(), c.concludedAt());
		}
	}

	@Schema(name = "ContractSignature")
	record SignatureResource(String fileName,
			@Schema(description = "VALID, or INDETERMINATE (e.g. an untrusted chain): invalid signatures are refused") PieceVerdict.Indication status,
			List<String> signers, boolean qualified, Instant signedAt) {
	}
}
