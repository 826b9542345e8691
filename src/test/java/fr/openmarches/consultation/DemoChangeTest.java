package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import fr.openmarches.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demo data shows a published consultation changed since its publication, and 8-digit codes. */
@IntegrationTest
class DemoChangeTest {

	@Autowired
	ConsultationCatalogue catalogue;

	@Autowired
	ConsultationFinder finder;

	@Autowired
	MockMvc mvc;

	@Test
	void theWorksAtVincennesWereChangedByAnAddendum() throws Exception {
		var search = new FinderQuery("fort de Vincennes", null, null, null, null, null, null, null, null, null,
				Set.of(ConsultationState.PUBLISHED), null);
		var summary = finder.find(search, 0, 1).page().getContent().getFirst();
		var details = catalogue.find(summary.id()).orElseThrow();

		assertThat(details.changes()).singleElement().satisfies(change -> {
			assertThat(change.reason()).contains("dépose des menuiseries existantes");
			assertThat(change.documents()).extracting(ConsultationDetails.DocumentChange::type)
				.containsExactly(DocumentChangeType.REPLACED, DocumentChangeType.ADDED);
			assertThat(change.documents().getFirst().previous().fileName()).isEqualTo("BPU.pdf");
			assertThat(change.documents().getFirst().document().fileName()).isEqualTo("BPU-indice-B.pdf");
		});
		assertThat(details.documents()).extracting(ConsultationDetails.DocumentView::fileName)
			.contains("BPU-indice-B.pdf", "calendrier-travaux.pdf")
			.doesNotContain("BPU.pdf");
		assertThat(details.mainCpv().code()).isEqualTo("45453000");
		assertThat(details.mainCpv().label(java.util.Locale.FRENCH)).isEqualTo("Travaux de remise en état et de remise à neuf");
		assertThat(details.lots()).allSatisfy(lot -> assertThat(lot.cpv().code()).matches("[0-9]{8}"));

		var page = mvc.perform(get("/consultations/{id}", summary.id())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Historique des modifications", "BPU.pdf est remplacé par BPU-indice-B.pdf",
				"Calendrier prévisionnel des travaux");
	}

	@Test
	void everyDemoCodeIsOfTheVocabularyWithoutCheckDigit() {
		var found = finder.find(FinderQuery.words(null, null), 0, 500).page().getContent();
		assertThat(found).isNotEmpty();
		for (var summary : found) {
			var details = catalogue.find(summary.id()).orElseThrow();
			assertThat(details.mainCpv().french()).as(details.reference()).isNotBlank();
			details.additionalCpv().forEach(code -> assertThat(code.french()).as(code.code()).isNotBlank());
		}
	}
}
