package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** TOTP against the test vectors of RFC 6238 (appendix B) and base 32 against RFC 4648. */
class TotpTest {

	/** The SHA-1 seed of RFC 6238's test vectors. */
	static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "T = {0} s gives {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void computesTheCodesOfRfc6238(long epochSeconds, String expected) {
		var step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));

		assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
		assertThat(Totp.code(RFC_SEED, step)).as("6 digits are the last 6 of 8").isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsTheCodesOfOneStepEitherSideOnly() {
		var now = Instant.ofEpochSecond(1234567890);
		var step = Totp.stepAt(now);

		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2), now)).isEmpty();
	}

	@Test
	void readsCodesAsAppsShowThemAndRefusesAnythingElse() {
		var now = Instant.ofEpochSecond(59);
		var code = Totp.code(RFC_SEED, Totp.stepAt(now));

		assertThat(Totp.matchingStep(RFC_SEED, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
		assertThat(Totp.matchingStep(RFC_SEED, null, now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, "", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, code.substring(1), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, "abcdef", now)).isEmpty();
	}

	@Test
	void drawsSecretsOf160RandomBits() {
		assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
	}

	@ParameterizedTest(name = "\"{0}\" is \"{1}\"")
	@CsvSource({ "'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
			"foobar, MZXW6YTBOI" })
	void encodesBase32AsRfc4648WithoutPadding(String text, String base32) {
		var bytes = text.getBytes(StandardCharsets.US_ASCII);

		assertThat(Base32.encode(bytes)).isEqualTo(base32);
		assertThat(Base32.decode(base32)).isEqualTo(bytes);
	}

	@Test
	void decodesBase32AsPeopleTypeIt() {
		assertThat(Base32.decode("mzxw 6ytb-oi==")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
	}
}
