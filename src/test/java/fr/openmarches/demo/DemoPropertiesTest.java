package fr.openmarches.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo data by default only on the embedded database; an explicit setting always wins. */
class DemoPropertiesTest {

	@Test
	void byDefaultOnlyWithoutAConfiguredDatabase() {
		assertThat(new DemoProperties(null).enabledWith(null)).isTrue();
		assertThat(new DemoProperties(null).enabledWith("")).isTrue();
		assertThat(new DemoProperties(null).enabledWith("jdbc:postgresql://db/openmarches")).isFalse();
	}

	@Test
	void anExplicitSettingWins() {
		assertThat(new DemoProperties(true).enabledWith("jdbc:postgresql://db/openmarches")).isTrue();
		assertThat(new DemoProperties(false).enabledWith(null)).isFalse();
	}
}
