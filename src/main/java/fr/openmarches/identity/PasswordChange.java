package fr.openmarches.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their password, proving they know the current one. Wrong current
 * passwords count like failed sign-ins: a stolen session must not become a way to guess it.
 */
@Service
@Transactional
public class PasswordChange {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final SignedInSessions sessions;

	private final Mailer mailer;

	private final PlatformProperties platform;

	PasswordChange(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle, SignedInSessions sessions,
			Mailer mailer, PlatformProperties platform) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.sessions = sessions;
		this.mailer = mailer;
		this.platform = platform;
	}

	/**
	 * Changes the password; on success the person's other sessions end ({@code currentSessionId}
	 * stays signed in) and a confirmation is mailed in {@code locale}.
	 * @throws IllegalArgumentException when the new password does not meet the {@link PasswordPolicy}
	 */
	public Outcome change(AccountId id, String currentPassword, String newPassword, String currentSessionId,
			Locale locale) {
		var account = accounts.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No account " + id));
		var subject = ThrottleSubject.email(account.email());
		var blocked = throttle.blockedUntil(subject);
		if (blocked.isPresent()) {
			return new Outcome.Blocked(blocked.get());
		}
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			return throttle.recordFailure(subject).<Outcome>map(Outcome.Blocked::new)
				.orElseGet(Outcome.WrongPassword::new);
		}
		if (!PasswordPolicy.accepts(newPassword)) {
			throw new IllegalArgumentException("Password does not meet the policy");
		}
		throttle.clear(subject);
		account.changePasswordHash(passwords.encode(newPassword));
		sessions.endAllBut(account.email(), currentSessionId);
		mailer.send(account.email(), "identity/password-changed", locale,
				Map.of("name", account.view().displayName(), "resetLink", platform.link("/mot-de-passe/oubli")));
		return new Outcome.Changed();
	}

	/** What came of a change. */
	public sealed interface Outcome {

		record Changed() implements Outcome {
		}

		/** The current password typed was wrong. */
		record WrongPassword() implements Outcome {
		}

		/** Too many wrong passwords for this account: refused until {@code until}. */
		record Blocked(Instant until) implements Outcome {
		}
	}
}
