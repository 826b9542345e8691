package fr.openmarches;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description lists the public API, and only the API. */
@IntegrationTest
class ApiDocumentationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theOpenApiDocumentDescribesTheConsultationAndDirectoryEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/consultations'].get.summary").value("Search consultations"))
			.andExpect(jsonPath("$.paths['/api/v1/consultations/{id}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/purchasing-entities'].get.summary").value("Search purchasing entities"))
			.andExpect(jsonPath("$.paths['/api/v1/purchasing-entities/{id}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/consultations']").doesNotExist())
			.andExpect(jsonPath("$.tags[*].name", hasItem("Consultations")))
			.andExpect(jsonPath("$.paths['/api/v1/decp'].get.summary").value("Every published contract as one DECP file"))
			.andExpect(jsonPath("$.paths['/api/v1/decp/{id}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/buyer/consultations/{id}/contracts/{contract}/publication'].post.responses['400']").exists())
			.andExpect(jsonPath("$.tags[*].name", hasItem("Essential data (DECP)")))
			.andExpect(jsonPath("$.components.schemas.ConsultationResource.description")
				.value("A consultation with its lots, deadlines and documents."));
	}
}
