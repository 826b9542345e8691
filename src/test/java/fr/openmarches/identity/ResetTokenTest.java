package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Reset links: what the token is, what is stored of it, and how long the link may be used. */
class ResetTokenTest {

	static final Instant REQUESTED = Instant.parse("2026-11-24T09:00:00Z");

	@Test
	void isThirtyTwoRandomBytesInBase64Url() {
		var token = ResetToken.generate();

		assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
		assertThat(ResetToken.generate()).isNotEqualTo(token);
		assertThat(token.toString()).doesNotContain(token.value());
	}

	@Test
	void isStoredAsItsSha256Only() {
		assertThat(HexFormat.of().formatHex(new ResetToken("abc").hash()))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		var token = ResetToken.generate();
		var link = new PasswordResetLink(AccountId.random(), token, REQUESTED, Duration.ofHours(1));
		assertThat(link).hasFieldOrPropertyWithValue("tokenHash", token.hash());
	}

	@Test
	void refusesWhatCannotBeAToken() {
		assertThat(ResetToken.isWellFormed(ResetToken.generate().value())).isTrue();
		assertThat(ResetToken.isWellFormed(null)).isFalse();
		assertThat(ResetToken.isWellFormed("")).isFalse();
		assertThat(ResetToken.isWellFormed("a".repeat(42))).isFalse();
		assertThat(ResetToken.isWellFormed("a".repeat(44))).isFalse();
		assertThat(ResetToken.isWellFormed("a".repeat(42) + "=")).isFalse();
		assertThat(ResetToken.isWellFormed("a".repeat(42) + "+")).isFalse();
	}

	@Test
	void expiresAfterAnHour() {
		var link = new PasswordResetLink(AccountId.random(), ResetToken.generate(), REQUESTED, Duration.ofHours(1));

		assertThat(link.isUsableAt(REQUESTED)).isTrue();
		assertThat(link.isUsableAt(REQUESTED.plus(Duration.ofMinutes(59)))).isTrue();
		assertThat(link.isUsableAt(REQUESTED.plus(Duration.ofHours(1)))).isFalse();
		assertThatThrownBy(() -> link.use(REQUESTED.plus(Duration.ofHours(2)))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void servesOnce() {
		var link = new PasswordResetLink(AccountId.random(), ResetToken.generate(), REQUESTED, Duration.ofHours(1));

		link.use(REQUESTED.plusSeconds(60));

		assertThat(link.isUsableAt(REQUESTED.plusSeconds(61))).isFalse();
		assertThatThrownBy(() -> link.use(REQUESTED.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void isRevokedWhenAnotherLinkIsUsed() {
		var link = new PasswordResetLink(AccountId.random(), ResetToken.generate(), REQUESTED, Duration.ofHours(1));

		link.revoke(REQUESTED.plusSeconds(60));

		assertThat(link.isUsableAt(REQUESTED.plusSeconds(61))).isFalse();
	}
}
