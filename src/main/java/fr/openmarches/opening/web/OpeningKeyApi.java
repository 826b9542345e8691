package fr.openmarches.opening.web;

import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.opening.OpeningKey;
import fr.openmarches.opening.OpeningKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The key suppliers seal their bids for: public, like the consultation. */
@RestController
@Tag(name = "Consultations")
class OpeningKeyApi {

	private final OpeningKeys openingKeys;

	OpeningKeyApi(OpeningKeys openingKeys) {
		this.openingKeys = openingKeys;
	}

	@GetMapping(path = "/api/v1/consultations/{id}/opening-key", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Read a consultation's opening key", description = """
			The RSA-OAEP 3072 public key (SPKI DER, base64) that deposits wrap their content key for, with its \
			SHA-256 fingerprint (hexadecimal) to put in the manifest. Published consultations only.""")
	@ApiResponse(responseCode = "404", description = "No public consultation with an opening key has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<OpeningKey> read(@PathVariable UUID id) {
		return ResponseEntity.of(openingKeys.openingKey(new ConsultationId(id)));
	}
}
