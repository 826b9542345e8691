package fr.openmarches.dume.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.dume.CriterionCatalogue;
import fr.openmarches.dume.EspdRequests;
import fr.openmarches.dume.web.EspdResources.CriterionResource;
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

/** What anyone may read of the DUME: the criterion list, and the request of a published consultation. */
@RestController
@Tag(name = "DUME", description = "The ESPD-EDM 4.1.0 criterion list and the DUME request of published consultations.")
class PublicEspdApi {

	private final EspdRequests requests;

	private final CriterionCatalogue catalogue;

	PublicEspdApi(EspdRequests requests, CriterionCatalogue catalogue) {
		this.requests = requests;
		this.catalogue = catalogue;
	}

	@GetMapping(path = "/api/v1/espd-criteria", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List the ESPD-EDM criteria", description = """
			The 62 criteria of ESPD-EDM 4.1.0 in the official order: exclusion grounds (mandatory or not), selection \
			criteria, other statements; each with the requirements a buyer may give a value and what a company answers.""")
	List<CriterionResource> criteria(Locale locale) {
		return catalogue.all().stream().map(c -> CriterionResource.of(c, Map.of(), locale)).toList();
	}

	@GetMapping(path = "/api/v1/consultations/{id}/espd-request.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "Download the DUME request of a published consultation", description = """
			ESPD-EDM XML (UBL QualificationApplicationRequest 2.3), part of the DCE; to be filled with any ESPD \
			service or on this platform. Drafts are not found.""")
	@ApiResponse(responseCode = "404", description = "No published consultation has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<byte[]> xml(@PathVariable UUID id) {
		return Downloads.xml(requests.xmlForPublished(new ConsultationId(id)), "dume-demande-" + id + ".xml");
	}
}
