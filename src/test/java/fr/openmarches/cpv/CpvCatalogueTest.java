package fr.openmarches.cpv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The whole CPV 2008 list, read from the eForms SDK. */
class CpvCatalogueTest {

	static final CpvCatalogue catalogue = new CpvCatalogue();

	@Test
	void holdsTheWholeVocabularyInFrenchAndEnglish() {
		assertThat(catalogue.size()).isEqualTo(9454);
		var roadworks = catalogue.find("45233140").orElseThrow();
		assertThat(roadworks.label(Locale.FRENCH)).isEqualTo("Travaux routiers");
		assertThat(roadworks.label(Locale.ENGLISH)).isEqualTo("Roadworks");
		assertThat(roadworks.display(Locale.FRENCH)).isEqualTo("45233140 — Travaux routiers");
	}

	@Test
	void readsCodesAsPeopleWriteThem() {
		assertThat(catalogue.find("45000000-7")).map(CpvCode::code).contains("45000000");
		assertThat(catalogue.require("45233140 — Travaux routiers").code()).isEqualTo("45233140");
		assertThat(catalogue.find("99999999")).isEmpty();
		assertThat(catalogue.find("4523")).isEmpty();
		assertThatThrownBy(() -> catalogue.require("travaux")).isInstanceOf(UnknownCpvCodeException.class);
	}

	@Test
	void knowsEachCodesAncestors() {
		assertThat(catalogue.lineage("45233140")).extracting(CpvCode::code)
			.containsExactly("45000000", "45200000", "45230000", "45233000", "45233100", "45233140");
		assertThat(catalogue.isWithin("45233140", "45000000")).isTrue();
		assertThat(catalogue.isWithin("45233140", "45233140")).isTrue();
		assertThat(catalogue.isWithin("45233140", "72000000")).isFalse();
		assertThat(catalogue.children("45233100")).extracting(CpvCode::code).contains("45233140");
	}

	@Test
	void searchesLabelsIgnoringCaseAndAccentsBroaderFirst() {
		assertThat(catalogue.search("travaux routiers", Locale.FRENCH, 10)).extracting(CpvCode::code).contains("45233140");
		var electricity = catalogue.search("ELECTRICITE", Locale.FRENCH, 50);
		assertThat(electricity).extracting(CpvCode::code).contains("09310000");
		assertThat(electricity.getFirst().code()).isEqualTo("09000000");
		assertThat(catalogue.search("roadworks", Locale.ENGLISH, 10)).extracting(CpvCode::code).contains("45233140");
		assertThat(catalogue.search("zzzz", Locale.FRENCH, 10)).isEmpty();
		assertThat(catalogue.search("  ", Locale.FRENCH, 10)).isEmpty();
	}

	@Test
	void searchesCodesByTheirFirstDigits() {
		assertThat(catalogue.search("452331", Locale.FRENCH, 100)).isNotEmpty()
			.allSatisfy(code -> assertThat(code.code()).startsWith("452331"));
		assertThat(catalogue.search("4523", Locale.FRENCH, 5)).hasSize(5);
	}
}
