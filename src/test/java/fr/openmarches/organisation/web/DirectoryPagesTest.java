package fr.openmarches.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public directory of purchasing entities as a visitor uses it: searched by name, by ministry
 * and by department, over HTTP, on uniquely named entities of a ministry of the test's own.
 */
@IntegrationTest
class DirectoryPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	String marker;

	OrganisationId ministry;

	PurchasingEntityId lighthouses;

	PurchasingEntityId harbours;

	@BeforeEach
	void aMinistryWithTwoEntities() {
		marker = Fixtures.unique("Littoral").replace(" ", "");
		ministry = organisations.create(new NewOrganisation("Ministère de la Mer " + marker, "MER", OrganisationKind.MINISTRY));
		lighthouses = organisations.createEntity(ministry, new NewPurchasingEntity("Service des phares et balises " + marker,
				"SPB", Fixtures.uniqueSiret(), new PostalAddress("1 quai de la Douane", "29200", "Brest"), "29",
				"phares@mer.example", "02 61 91 20 00", List.of("Subdivision de Brest")));
		harbours = organisations.createEntity(ministry, new NewPurchasingEntity("Unité des ports " + marker, null,
				Fixtures.uniqueSiret(), new PostalAddress("4 rue de l'Écluse", "76600", "Le Havre"), "76",
				"ports@mer.example", null, List.of()));
	}

	@Test
	void visitorsFindEntitiesByNameMinistryAndDepartment() {
		var visitor = new WebVisitor(port);

		assertThat(rows(visitor.get("/entites-achat?q=" + encode("phares " + marker)).body())).containsExactly(lighthouses);
		assertThat(rows(visitor.get("/entites-achat?q=" + encode("mer " + marker.toLowerCase())).body()))
			.containsExactlyInAnyOrder(lighthouses, harbours);
		assertThat(rows(visitor.get("/entites-achat?q=" + encode("finistere " + marker)).body())).containsExactly(lighthouses);

		var byMinistry = visitor.get("/entites-achat?organisation=" + ministry);
		assertThat(rows(byMinistry.body())).containsExactlyInAnyOrder(lighthouses, harbours);
		assertThat(byMinistry.body()).contains("2 entités d’achat");
		assertThat(rows(visitor.get("/entites-achat?organisation=" + ministry + "&department=76").body()))
			.containsExactly(harbours);
		assertThat(visitor.get("/entites-achat?q=" + encode(marker) + "&department=13").body())
			.contains("Aucune entité d’achat ne correspond à votre recherche.");
	}

	@Test
	void anEntityPageShowsItsContactDetailsServicesAndConsultations() {
		var page = new WebVisitor(port).get("/entites-achat/" + lighthouses);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Service des phares et balises " + marker + " (SPB)",
				"Rattachée à : Ministère de la Mer " + marker, "1 quai de la Douane", "29200 Brest",
				"mailto:phares@mer.example", "tel:0261912000", "Finistère (29)", "Subdivision de Brest",
				"Cette entité d’achat n’a aucune consultation en cours.");
		assertThat(new WebVisitor(port).get("/entites-achat/" + PurchasingEntityId.random()).status()).isEqualTo(404);
	}

	@Test
	void theApiSearchesTheSameWay() {
		var body = new WebVisitor(port).get("/api/v1/purchasing-entities?q=" + encode("balises " + marker),
				"Accept", "application/json").body();
		assertThat(body).contains("\"totalItems\":1", lighthouses.toString());
	}

	/** The ids of the entities listed in the directory's table, in order. */
	private static List<PurchasingEntityId> rows(String page) {
		return Pattern.compile("href=\"/entites-achat/([0-9a-f-]{36})\"")
			.matcher(page)
			.results()
			.map(match -> new PurchasingEntityId(UUID.fromString(match.group(1))))
			.toList();
	}

	private static String encode(String words) {
		return URLEncoder.encode(words, StandardCharsets.UTF_8);
	}
}
