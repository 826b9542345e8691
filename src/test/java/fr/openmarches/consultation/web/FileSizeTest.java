package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import fr.openmarches.consultation.web.FileSize.Unit;
import org.junit.jupiter.api.Test;

class FileSizeTest {

	@Test
	void sizesUseDecimalUnitsWithOneDecimalBelowTen() {
		assertThat(FileSize.of(0, Locale.FRENCH)).isEqualTo(new FileSize("0", Unit.BYTES));
		assertThat(FileSize.of(999, Locale.FRENCH)).isEqualTo(new FileSize("999", Unit.BYTES));
		assertThat(FileSize.of(2_345, Locale.FRENCH)).isEqualTo(new FileSize("2,3", Unit.KILOBYTES));
		assertThat(FileSize.of(2_345, Locale.ENGLISH)).isEqualTo(new FileSize("2.3", Unit.KILOBYTES));
		assertThat(FileSize.of(48_200, Locale.FRENCH)).isEqualTo(new FileSize("48", Unit.KILOBYTES));
		assertThat(FileSize.of(1_250_000, Locale.FRENCH)).isEqualTo(new FileSize("1,2", Unit.MEGABYTES));
		assertThat(FileSize.of(3_000_000_000L, Locale.FRENCH)).isEqualTo(new FileSize("3", Unit.GIGABYTES));
	}

	@Test
	void roundingUpToAThousandMovesToTheNextUnit() {
		assertThat(FileSize.of(999_999, Locale.FRENCH)).isEqualTo(new FileSize("1", Unit.MEGABYTES));
		assertThat(FileSize.of(999_999, Locale.FRENCH).messageKey()).isEqualTo("consultation.size.megabytes");
	}

	@Test
	void aNegativeSizeIsRefused() {
		assertThatThrownBy(() -> FileSize.of(-1, Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class);
	}
}
