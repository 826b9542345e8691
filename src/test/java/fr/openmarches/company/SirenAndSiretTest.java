package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SIREN and SIRET numbers carry a Luhn check digit; La Poste's establishments are the exception. */
class SirenAndSiretTest {

	@Test
	void aSirenHasNineDigitsAndAValidCheckDigit() {
		assertThat(new Siren("842 137 655").value()).isEqualTo("842137655");
		assertThat(Siren.isValid("842137656")).isFalse();
		assertThat(Siren.isValid("84213765")).isFalse();
		assertThatThrownBy(() -> new Siren("84213765A")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSiretStartsWithItsSiren() {
		var siret = new Siret("842 137 655 00010");
		assertThat(siret.value()).isEqualTo("84213765500010");
		assertThat(siret.siren()).isEqualTo(new Siren("842137655"));
		assertThat(Siret.isValid("84213765500011")).isFalse();
	}

	@Test
	void laPosteEstablishmentsAddUpToAMultipleOfFive() {
		// 356 000 000 then 09075: digits add up to 3+5+6+9+7+5 = 35, not Luhn-valid
		assertThat(Siret.isValid("35600000009075")).isTrue();
		assertThat(Siret.isValid("35600000009076")).isFalse();
	}
}
