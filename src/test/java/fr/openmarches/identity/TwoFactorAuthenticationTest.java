package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.identity.TwoFactorAuthentication.CodeCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two-factor sign-in with real PostgreSQL: codes used once, wrong codes throttled, secrets sealed. */
@IntegrationTest
class TwoFactorAuthenticationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	TwoFactorAuthentication twoFactor;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void acceptsEachCodeOnce() {
		var agent = open(Role.BUYER_AGENT);
		var secret = Base32.decode(twoFactor.startEnrolment(agent).secret());
		var code = codeNow(secret);
		assertThat(twoFactor.isOn(agent)).isFalse();

		assertThat(twoFactor.turnOn(agent, code)).isInstanceOf(CodeCheck.Accepted.class);
		assertThat(twoFactor.isOn(agent)).isTrue();
		assertThat(twoFactor.signIn(agent, code)).as("the same code again").isInstanceOf(CodeCheck.Wrong.class);

		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		assertThat(twoFactor.signIn(agent, codeNow(secret))).isInstanceOfSatisfying(CodeCheck.Accepted.class,
				accepted -> assertThat(accepted.person().accountId()).isEqualTo(agent));
	}

	@Test
	void refusesEveryCodeForAWhileAfterFiveWrongOnes() {
		var agent = open(Role.ENTITY_ADMIN);
		var secret = Base32.decode(twoFactor.startEnrolment(agent).secret());
		twoFactor.turnOn(agent, codeNow(secret));

		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(twoFactor.signIn(agent, wrongCode(secret))).isInstanceOf(CodeCheck.Wrong.class);
		}
		assertThat(twoFactor.signIn(agent, wrongCode(secret))).isInstanceOfSatisfying(CodeCheck.Blocked.class,
				blocked -> assertThat(blocked.until()).isBetween(clock.instant().plus(Duration.ofMinutes(14)),
						clock.instant().plus(Duration.ofMinutes(15))));

		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		assertThat(twoFactor.signIn(agent, codeNow(secret))).isInstanceOf(CodeCheck.Blocked.class);
		assertThat(twoFactor.turnOff(agent, codeNow(secret))).isInstanceOf(CodeCheck.Blocked.class);

		clock.advance(Duration.ofMinutes(16));
		assertThat(twoFactor.signIn(agent, codeNow(secret))).isInstanceOf(CodeCheck.Accepted.class);
	}

	@Test
	void turnsOffWithACurrentCodeOnly() {
		var agent = open(Role.COMMISSION_MEMBER);
		var secret = Base32.decode(twoFactor.startEnrolment(agent).secret());
		twoFactor.turnOn(agent, codeNow(secret));
		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));

		assertThat(twoFactor.turnOff(agent, wrongCode(secret))).isInstanceOf(CodeCheck.Wrong.class);
		assertThat(twoFactor.isOn(agent)).isTrue();
		assertThat(twoFactor.turnOff(agent, codeNow(secret))).isInstanceOf(CodeCheck.Accepted.class);
		assertThat(twoFactor.isOn(agent)).isFalse();
		assertThat(twoFactor.status(agent).pendingEnrolment()).isEmpty();
	}

	@Test
	void confirmsOnlyTheLatestSecretDrawn() {
		var agent = open(Role.BUYER_AGENT);
		var first = Base32.decode(twoFactor.startEnrolment(agent).secret());
		var second = Base32.decode(twoFactor.startEnrolment(agent).secret());

		assertThat(twoFactor.turnOn(agent, codeNow(first))).isInstanceOf(CodeCheck.Wrong.class);
		assertThat(twoFactor.turnOn(agent, codeNow(second))).isInstanceOf(CodeCheck.Accepted.class);
	}

	@Test
	void isOfferedToBuyerSideRolesOnly() {
		var supplier = open(Role.SUPPLIER_ADMIN);

		assertThat(twoFactor.status(supplier).offered()).isFalse();
		assertThat(twoFactor.status(open(Role.BUYER_AGENT)).offered()).isTrue();
		assertThatThrownBy(() -> twoFactor.startEnrolment(supplier)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void keepsTheSecretSealedInTheDatabase() {
		var agent = open(Role.BUYER_AGENT);
		var enrolment = twoFactor.startEnrolment(agent);
		var secret = Base32.decode(enrolment.secret());

		var stored = jdbc.sql("select sealed_secret from identity.authenticator where account_id = ?")
			.param(agent.value())
			.query(byte[].class)
			.single();

		assertThat(stored).hasSize(12 + secret.length + 16);
		assertThat(Collections.indexOfSubList(toList(stored), toList(secret))).isEqualTo(-1);
		assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/OpenMarch%C3%A9s%3A")
			.contains("secret=" + enrolment.secret())
			.contains("issuer=OpenMarch%C3%A9s");
		assertThat(enrolment.qrCode()).startsWith("data:image/svg+xml;base64,");
	}

	private AccountId open(Role role) {
		return accounts.open(new NewAccount(System.nanoTime() + "-totp@example.fr", "un mot de passe solide 1", "Test",
				"Totp", null, Set.of(role)));
	}

	private String codeNow(byte[] secret) {
		return Totp.code(secret, Totp.stepAt(clock.instant()));
	}

	private String wrongCode(byte[] secret) {
		var step = Totp.stepAt(clock.instant());
		var accepted = Set.of(Totp.code(secret, step - 1), Totp.code(secret, step), Totp.code(secret, step + 1),
				Totp.code(secret, step + 2));
		for (int candidate = 0;; candidate++) {
			var code = String.format("%06d", candidate);
			if (!accepted.contains(code)) {
				return code;
			}
		}
	}

	private static List<Byte> toList(byte[] bytes) {
		var list = new ArrayList<Byte>(bytes.length);
		for (byte b : bytes) {
			list.add(b);
		}
		return list;
	}
}
