package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as buyers type them. */
class AmountsTest {

	@ParameterizedTest(name = "« {0} » = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1380000          | 1380000
			1 380 000        | 1380000
			1\u00a0380\u00a0000 € | 1380000
			1\u202f380\u202f000   | 1380000
			12500,50         | 12500.50
			12 500.5         | 12500.5
			0                | 0
			""")
	void readsAmountsWrittenTheFrenchWayOrNot(String typed, BigDecimal amount) {
		assertThat(Amounts.parse(typed)).isEqualByComparingTo(amount);
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "12 abc", "1.380.000", "-5", "12,345", "1e6", "€" })
	void refusesWhatIsNotAnAmount(String typed) {
		assertThatThrownBy(() -> Amounts.parse(typed)).isInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void nothingTypedIsNoAmount(String typed) {
		assertThat(Amounts.parse(typed)).isNull();
		assertThat(Amounts.typed(null)).isEmpty();
		assertThat(Amounts.typed(new BigDecimal("12500.50"))).isEqualTo("12500,5");
	}
}
