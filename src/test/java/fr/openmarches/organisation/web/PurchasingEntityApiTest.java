package fr.openmarches.organisation.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.NewPurchasingEntity;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PostalAddress;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The directory API over HTTP. */
@IntegrationTest
class PurchasingEntityApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationService organisations;

	OrganisationId agency;

	PurchasingEntityId entity;

	@BeforeEach
	void anAgencyWithOneEntity() {
		agency = organisations.create(new NewOrganisation(Fixtures.unique("Agence API"), "AAPI", OrganisationKind.AGENCY));
		entity = organisations.createEntity(agency, new NewPurchasingEntity("Service des achats de l'agence", "SAA",
				Fixtures.uniqueSiret(), new PostalAddress("5 avenue de la Gare", "31000", "Toulouse"), "31",
				"achats@agence.example", "05 99 00 00 02", List.of("Bureau des marchés")));
	}

	@Test
	void searchesByOrganisation() throws Exception {
		mvc.perform(get("/api/v1/purchasing-entities").param("organisation", agency.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[*].name", contains("Service des achats de l'agence")))
			.andExpect(jsonPath("$.items[0].organisation.kind").value("AGENCY"))
			.andExpect(jsonPath("$.items[0].department").value("31"))
			.andExpect(jsonPath("$.items[0].url", endsWith("/entites-achat/" + entity)));
	}

	@Test
	void readsAnEntityWithItsContactDetails() throws Exception {
		mvc.perform(get("/api/v1/purchasing-entities/{id}", entity))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acronym").value("SAA"))
			.andExpect(jsonPath("$.address.city").value("Toulouse"))
			.andExpect(jsonPath("$.email").value("achats@agence.example"))
			.andExpect(jsonPath("$.services", contains("Bureau des marchés")))
			.andExpect(jsonPath("$.siret").isString());
	}

	@Test
	void anUnknownEntityIsAProblemNotFound() throws Exception {
		var unknown = PurchasingEntityId.random();
		mvc.perform(get("/api/v1/purchasing-entities/{id}", unknown))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("No public purchasing entity has id " + unknown + "."))
			.andExpect(jsonPath("$.instance").value("/api/v1/purchasing-entities/" + unknown));
	}
}
