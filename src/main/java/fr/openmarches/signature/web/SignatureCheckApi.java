package fr.openmarches.signature.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.openmarches.signature.PieceVerdict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signature check of {@code /verification-signature}, for programs. */
@RestController
@Tag(name = "Signatures", description = "Verification of electronically signed pieces (XAdES, CAdES, PAdES)")
class SignatureCheckApi {

	private final SignatureCheck check;

	SignatureCheckApi(SignatureCheck check) {
		this.check = check;
	}

	@Schema(description = "The verdict on a signed file: one entry per signature.")
	record Verification(@Schema(example = "offre.pdf") String piece,
			@Schema(description = "The worst indication of its signatures") PieceVerdict.Indication indication,
			@Schema(description = "The indication in words, in the language asked for") String label,
			List<Signer> signers) {

		static Verification of(PieceVerdict verdict, SignatureCheck check, Locale locale) {
			return new Verification(verdict.piece(), verdict.indication(),
					check.message("signature.indication." + verdict.indication(), locale),
					verdict.signers().stream().map(signer -> Signer.of(signer, check, locale)).toList());
		}
	}

	@Schema(description = "One signature: who signed, with what, and the five checks of the arrêté du 22 mars 2019.")
	record Signer(PieceVerdict.Indication indication,
			@Schema(description = "DSS's sub-indication, null when valid", example = "HASH_FAILURE") String subIndication,
			@Schema(example = "Marie Dupont") String signer, String organisation, String issuer, boolean qualified,
			@Schema(example = "PAdES") String format, @Schema(example = "PAdES-BASELINE-B") String level,
			Instant signingTime, List<Check> checks) {

		static Signer of(PieceVerdict.SignerVerdict signer, SignatureCheck check, Locale locale) {
			return new Signer(signer.indication(), signer.subIndication(), signer.signer(), signer.organisation(),
					signer.issuer(), signer.qualified(), signer.format(), signer.level(), signer.signingTime(),
					signer.checks().stream()
						.map(c -> new Check(c.requirement(), c.passed(),
								check.message("signature.requirement." + c.requirement(), locale),
								check.message(c.messageKey(), locale)))
						.toList());
		}
	}

	@Schema(description = "One check, passed or not, and why.")
	record Check(PieceVerdict.Requirement requirement, boolean passed, String label, String detail) {
	}

	@PostMapping(path = "/api/v1/signatures/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Verify a signed file",
			description = """
					`signature`: a signed PDF (PAdES) or an enveloping signature; or a detached CAdES (.p7s) or \
					XAdES signature, with `document`, the file it signs. At most 50 MB each. For signed-in users \
					(the verification fetches the revocation lists and OCSP addresses the certificates give). \
					A file that is no XAdES, CAdES or PAdES signature is answered UNSUPPORTED, not an error.""")
	@ApiResponse(responseCode = "200", description = "The verdict")
	@ApiResponse(responseCode = "400", description = "No signature file, or a file too large",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Verification verify(@RequestParam(name = "signature", required = false) MultipartFile signature,
			@RequestParam(name = "document", required = false) MultipartFile document, Locale locale) {
		return Verification.of(check.verify(signature, document), check, locale);
	}

	@ExceptionHandler(SignatureCheck.RefusedException.class)
	ProblemDetail refused(SignatureCheck.RefusedException refused, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, check.message(refused.messageKey(), locale));
	}
}
