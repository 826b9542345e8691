package fr.openmarches.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The secret of a mailed link: what it is, and what is stored of it. */
class SecretTokenTest {

	@Test
	void isThirtyTwoRandomBytesInBase64Url() {
		var token = SecretToken.generate();

		assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
		assertThat(SecretToken.generate()).isNotEqualTo(token);
		assertThat(token.toString()).doesNotContain(token.value());
	}

	@Test
	void isStoredAsItsSha256Only() {
		assertThat(HexFormat.of().formatHex(new SecretToken("abc").hash()))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void refusesWhatCannotBeAToken() {
		assertThat(SecretToken.isWellFormed(SecretToken.generate().value())).isTrue();
		assertThat(SecretToken.isWellFormed(null)).isFalse();
		assertThat(SecretToken.isWellFormed("")).isFalse();
		assertThat(SecretToken.isWellFormed("a".repeat(42))).isFalse();
		assertThat(SecretToken.isWellFormed("a".repeat(44))).isFalse();
		assertThat(SecretToken.isWellFormed("a".repeat(42) + "=")).isFalse();
		assertThat(SecretToken.isWellFormed("a".repeat(42) + "+")).isFalse();
	}
}
