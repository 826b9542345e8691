package fr.openmarches.award.web;

import java.io.IOException;
import java.util.UUID;

import fr.openmarches.award.ContractSigning;
import fr.openmarches.award.web.ContractApi.ContractResource;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The contract a CONTRACT message brings to the holder's members: download it, deposit it signed. */
@RestController
@RequestMapping(path = "/api/v1/my-company/messages/{message}/contract", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SUPPLIER_MEMBER', 'SUPPLIER_ADMIN')")
@Tag(name = "Contracts")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not one of the company's messages, or it brings no contract",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class HolderContractApi {

	private final ContractSigning signing;

	HolderContractApi(ContractSigning signing) {
		this.signing = signing;
	}

	@GetMapping
	@Operation(summary = "Read the contract to sign", description = "Opens the message too (its notification).")
	ContractResource read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID message) {
		return ContractResource.of(signing.forHolder(user.accountId(), message));
	}

	@GetMapping(path = "/document", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download the contract to sign", description = "The PDF exactly as the buyer sent it: sign these bytes.")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID message) {
		var contract = signing.forHolder(user.accountId(), message);
		return AnalysisApi.pdf(signing.documentForHolder(user.accountId(), message), contract.fileName());
	}

	@PostMapping(path = "/signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Deposit the signed contract", description = """
			The PDF signed in PAdES, or a detached CAdES (.p7s) or XAdES signature of it, at most 20 MB. Verified with EU \
			DSS: it must sign the PDF sent byte for byte (reason NOT_THE_CONTRACT), with a signature neither invalid nor \
			of another format (SIGNATURE_REFUSED); an INDETERMINATE verdict is kept and shown to the buyer. Once only \
			(CONTRACT_SIGNED).""")
	@ApiResponse(responseCode = "400", description = "Not the contract, or a refused signature: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Signed already",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ContractResource sign(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID message,
			@RequestPart("file") MultipartFile file) throws IOException {
		return ContractResource.of(signing.sign(user.accountId(), message, file.getOriginalFilename(), ContractApi.bytes(file)));
	}
}
