package fr.openmarches.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountId;
import org.junit.jupiter.api.Test;

/**
 * The opening session's rules without Spring: a session takes shares until it ends, a piece's result
 * is final once it opened and the key is kept exactly then, and a wrapped file key unwraps for its
 * own piece only, under its own platform key.
 */
class OpeningSessionRulesTest {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	final AccountId host = new AccountId(UUID.randomUUID());

	final AccountId member = new AccountId(UUID.randomUUID());

	@Test
	void aSessionTakesSharesUntilItEnds() {
		var session = new OpeningSession(ConsultationId.random(), Envelope.APPLICATION, host, "spki", "ab".repeat(32), NOW);
		assertThat(session.inProgress()).isTrue();
		assertThat(session.hostedBy(host)).isTrue();
		assertThat(session.hostedBy(member)).isFalse();
		session.join(member, "{\"v\":1}", NOW);
		session.join(member, "{\"v\":1,\"again\":true}", NOW.plusSeconds(5));
		assertThat(session.present()).singleElement().satisfies(p -> {
			assertThat(p.sealedShare()).contains("again");
			assertThat(p.joinedAt()).isEqualTo(NOW.plusSeconds(5));
		});
		session.end(NOW.plusSeconds(60));
		assertThat(session.endedAt()).contains(NOW.plusSeconds(60));
		assertThatThrownBy(() -> session.join(host, "{}", NOW)).isInstanceOfSatisfying(SessionRefusedException.class,
				refused -> assertThat(refused.reason()).isEqualTo(SessionRefusedException.Reason.ENDED));
		assertThatThrownBy(() -> session.end(NOW)).isInstanceOf(SessionRefusedException.class);
	}

	@Test
	void everyOutcomeButAnOpeningMayBeRetriedAndOnlyAnOpeningKeepsTheKey() {
		var session = new OpeningSession(ConsultationId.random(), Envelope.APPLICATION, host, "spki", "ab".repeat(32), NOW);
		var piece = new PieceResult(new PieceResult.Key(UUID.randomUUID(), 0), ConsultationId.random(), Envelope.APPLICATION);
		assertThat(piece.retry()).isTrue();
		for (var outcome : PieceOutcome.values()) {
			var key = outcome.opened() ? "wrapped" : null;
			assertThatThrownBy(() -> piece.record(session, host, outcome, null, outcome.opened() ? null : "wrapped", NOW))
				.as(outcome + " with the key kept the other way").isInstanceOf(IllegalArgumentException.class);
			if (!outcome.opened()) {
				piece.record(session, host, outcome, null, key, NOW);
				assertThat(piece.retry()).as(outcome.name()).isTrue();
			}
		}
		piece.record(session, host, PieceOutcome.HASH_MISMATCH, "cd".repeat(32), "wrapped", NOW);
		assertThat(piece.retry()).isFalse();
		assertThat(piece.attempts()).isEqualTo(4);
		assertThatThrownBy(() -> piece.record(session, host, PieceOutcome.OPENED, "cd".repeat(32), "wrapped", NOW))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aWrappedFileKeyUnwrapsForItsOwnPieceUnderItsOwnPlatformKey() {
		var keys = new WrappedFileKeys(new OpeningProperties(OpeningProperties.DEVELOPMENT_KEY));
		var piece = new PieceResult.Key(UUID.randomUUID(), 2);
		var fileKey = new byte[32];
		fileKey[0] = 7;
		var wrapped = keys.wrap(fileKey, piece);
		assertThat(wrapped).as("a fresh nonce each time").isNotEqualTo(keys.wrap(fileKey, piece));
		assertThat(Base64.getDecoder().decode(wrapped)).hasSize(12 + 32 + 16);
		assertThat(keys.unwrap(wrapped, piece)).isEqualTo(fileKey);
		assertThatThrownBy(() -> keys.unwrap(wrapped, new PieceResult.Key(piece.depositId(), 1)))
			.as("moved to another piece").isInstanceOf(IllegalStateException.class);
		var other = new WrappedFileKeys(new OpeningProperties(Base64.getEncoder().encodeToString(new byte[32])));
		assertThatThrownBy(() -> other.unwrap(wrapped, piece)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new WrappedFileKeys(new OpeningProperties("c2hvcnQ=")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theFingerprintIsReadInGroupsOfFour() {
		assertThat(OpeningSessionView.groups("0123456789abcdef01")).isEqualTo("0123 4567 89ab cdef 01");
	}
}
