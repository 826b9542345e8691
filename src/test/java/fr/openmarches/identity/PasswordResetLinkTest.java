package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import fr.openmarches.platform.SecretToken;
import org.junit.jupiter.api.Test;

/** Reset links: only the token's hash is stored, and the link may be used once, for an hour. */
class PasswordResetLinkTest {

	static final Instant REQUESTED = Instant.parse("2026-11-24T09:00:00Z");

	@Test
	void keepsOnlyTheTokensHash() {
		var token = SecretToken.generate();
		var link = new PasswordResetLink(AccountId.random(), token, REQUESTED, Duration.ofHours(1));
		assertThat(link).hasFieldOrPropertyWithValue("tokenHash", token.hash());
	}

	@Test
	void expiresAfterAnHour() {
		var link = new PasswordResetLink(AccountId.random(), SecretToken.generate(), REQUESTED, Duration.ofHours(1));

		assertThat(link.isUsableAt(REQUESTED)).isTrue();
		assertThat(link.isUsableAt(REQUESTED.plus(Duration.ofMinutes(59)))).isTrue();
		assertThat(link.isUsableAt(REQUESTED.plus(Duration.ofHours(1)))).isFalse();
		assertThatThrownBy(() -> link.use(REQUESTED.plus(Duration.ofHours(2)))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void servesOnce() {
		var link = new PasswordResetLink(AccountId.random(), SecretToken.generate(), REQUESTED, Duration.ofHours(1));

		link.use(REQUESTED.plusSeconds(60));

		assertThat(link.isUsableAt(REQUESTED.plusSeconds(61))).isFalse();
		assertThatThrownBy(() -> link.use(REQUESTED.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void isRevokedWhenAnotherLinkIsUsed() {
		var link = new PasswordResetLink(AccountId.random(), SecretToken.generate(), REQUESTED, Duration.ofHours(1));

		link.revoke(REQUESTED.plusSeconds(60));

		assertThat(link.isUsableAt(REQUESTED.plusSeconds(61))).isFalse();
	}
}
