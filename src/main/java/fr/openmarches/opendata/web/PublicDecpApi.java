package fr.openmarches.opendata.web;

import java.util.UUID;

import fr.openmarches.opendata.ContractId;
import fr.openmarches.opendata.NoSuchContractException;
import fr.openmarches.opendata.PublishedContracts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The essential data of the published contracts, in the DECP format v2.0.3. */
@RestController
@Tag(name = "Essential data (DECP)", description = """
		The essential data of the contracts published on the platform, in the official DECP format v2.0.3 \
		(https://github.com/139bercy/format-commande-publique): a JSON document {"marches": {"marche": [...]}} \
		valid against schema_decp_v2.0.3.json, checked before it leaves. Also at /donnees-essentielles/decp.json.""")
class PublicDecpApi {

	private final PublishedContracts published;

	PublicDecpApi(PublishedContracts published) {
		this.published = published;
	}

	@GetMapping(path = "/api/v1/decp", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every published contract as one DECP file",
			description = "The latest published first. Drafts are never included.")
	@ApiResponse(responseCode = "200", description = "A DECP file, valid against the schema")
	JsonNode all() {
		return published.file();
	}

	@GetMapping(path = "/api/v1/decp/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One published contract as a DECP file",
			description = "The id is the platform's (as in /donnees-essentielles/{id}), not the DECP id, which is unique per buyer only.")
	@ApiResponse(responseCode = "200", description = "A DECP file of one « marché », valid against the schema")
	@ApiResponse(responseCode = "404", description = "No published contract has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	JsonNode one(@PathVariable UUID id) {
		return published.file(new ContractId(id)).orElseThrow(() -> new NoSuchContractException("contract"));
	}
}
