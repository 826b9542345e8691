package fr.openmarches.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboundMailTest {

	final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void aFailedMailWaitsLongerAfterEachAttemptUpToHalfAnHour() {
		assertThat(OutboundMail.backoff(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(OutboundMail.backoff(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(OutboundMail.backoff(5)).isEqualTo(Duration.ofSeconds(80));
		assertThat(OutboundMail.backoff(10)).isEqualTo(Duration.ofMinutes(30));
		assertThat(OutboundMail.backoff(500)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aFailureSchedulesTheNextAttemptAndKeepsTheMailPending() {
		var mail = new OutboundMail(new Mail("a@b.fr", "Objet", "Texte", null), now);

		mail.failed(now, "Connection refused");
		mail.failed(now.plusSeconds(5), "Connection refused");

		assertThat(mail.status()).isEqualTo(OutboundMail.Status.PENDING);
		assertThat(mail.attempts()).isEqualTo(2);
		assertThat(mail.nextAttemptAt()).isEqualTo(now.plusSeconds(15));
	}

	@Test
	void aSentMailCannotBeSentOrFailedAgain() {
		var mail = new OutboundMail(new Mail("a@b.fr", "Objet", "Texte", null), now);
		mail.sent(now);

		assertThat(mail.status()).isEqualTo(OutboundMail.Status.SENT);
		assertThatThrownBy(() -> mail.sent(now)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> mail.failed(now, "x")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void headerInjectionThroughTheRecipientOrSubjectIsImpossible() {
		assertThatThrownBy(() -> new Mail("a@b.fr\nBcc: victim@x.fr", "Objet", "Texte", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new Mail("a@b.fr", "Objet\r\nBcc: victim@x.fr", "Texte", null).subject())
			.isEqualTo("Objet Bcc: victim@x.fr");
	}
}
