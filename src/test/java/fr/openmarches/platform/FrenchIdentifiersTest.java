package fr.openmarches.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openmarches.platform.InvalidIdentifierException.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchIdentifiersTest {

	@ParameterizedTest(name = "SIRET \"{0}\" → {1}")
	@CsvSource(nullValues = "VALID", delimiter = '|', textBlock = """
			73282932000074     | VALID
			732 829 320 00074  | VALID
			552.100.554.00013  | VALID
			44306184100047     | VALID
			73282932000075     | SIRET_CHECKSUM
			73282392000074     | SIRET_CHECKSUM
			7328293200007      | SIRET_LENGTH
			732829320000741    | SIRET_LENGTH
			732829320          | SIRET_LENGTH
			7328293200007A     | SIRET_NOT_DIGITS
			73282932000-74     | SIRET_NOT_DIGITS
			''                 | SIRET_EMPTY
			35600000000048     | VALID
			35600000049837     | VALID
			35600000000010     | VALID
			35600000049838     | SIRET_CHECKSUM
			35600000000049     | SIRET_CHECKSUM
			73282932100007     | SIRET_CHECKSUM
			'   '              | SIRET_EMPTY
			""")
	void siret(String typed, Problem expected) {
		if (expected == null) {
			assertThat(Siret.parse(typed).value()).isEqualTo(typed.replaceAll("[ .]", ""));
		}
		else {
			assertThatThrownBy(() -> Siret.parse(typed)).isInstanceOfSatisfying(InvalidIdentifierException.class,
					e -> assertThat(e.problem()).isEqualTo(expected));
		}
	}

	@ParameterizedTest(name = "SIREN \"{0}\" → {1}")
	@CsvSource(nullValues = "VALID", delimiter = '|', textBlock = """
			732829320    | VALID
			552 100 554  | VALID
			356000000    | VALID
			732829321    | SIREN_CHECKSUM
			723829320    | SIREN_CHECKSUM
			73282932     | SIREN_LENGTH
			7328293200   | SIREN_LENGTH
			73282932O    | SIREN_NOT_DIGITS
			''           | SIREN_EMPTY
			""")
	void siren(String typed, Problem expected) {
		if (expected == null) {
			assertThat(Siren.parse(typed).value()).isEqualTo(typed.replace(" ", ""));
		}
		else {
			assertThatThrownBy(() -> Siren.parse(typed)).isInstanceOfSatisfying(InvalidIdentifierException.class,
					e -> assertThat(e.problem()).isEqualTo(expected));
		}
	}

	@org.junit.jupiter.api.Test
	void aSiretKnowsItsCompanyAndPrintsLikeOnAKbis() {
		var siret = Siret.parse("73282932000074");

		assertThat(siret.siren()).isEqualTo(new Siren("732829320"));
		assertThat(siret.nic()).isEqualTo("00074");
		assertThat(siret.formatted()).isEqualTo("732 829 320 00074");
	}
}
