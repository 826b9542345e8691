package fr.openmarches.identity;

import fr.openmarches.platform.SecretToken;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password: a link sent by mail lets its reader choose a new one. Asking tells
 * nothing about whether an account exists; using the link signs the person out everywhere and
 * tells them by mail.
 */
@Service
@Transactional
public class PasswordReset {

	static final String NEW_PASSWORD_PATH = "/mot-de-passe/nouveau?jeton=";

	private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

	private final Accounts accounts;

	private final PasswordResetLinks links;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final SignedInSessions sessions;

	private final Mailer mailer;

	private final PlatformProperties platform;

	private final IdentityProperties.PasswordReset settings;

	private final Clock clock;

	PasswordReset(Accounts accounts, PasswordResetLinks links, PasswordEncoder passwords, SignInThrottle throttle,
			SignedInSessions sessions, Mailer mailer, PlatformProperties platform, IdentityProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.throttle = throttle;
		this.sessions = sessions;
		this.mailer = mailer;
		this.platform = platform;
		this.settings = properties.passwordReset();
		this.clock = clock;
	}

	/**
	 * Mails a link to the account with this email address, in {@code locale}. Does nothing, and
	 * says nothing, when there is no such account or it already received its links for the hour.
	 */
	public void request(String email, Locale locale) {
		var account = accounts.findByEmail(Account.normalise(email == null ? "" : email)).orElse(null);
		if (account == null) {
			return;
		}
		var now = clock.instant();
		var recent = links.countByAccountIdAndRequestedAtAfter(account.id().value(), now.minus(Duration.ofHours(1)));
		if (recent >= settings.requestsPerHour()) {
			log.info("Password reset for account {} not sent: {} links already sent within the hour", account.id(),
					recent);
			return;
		}
		var token = SecretToken.generate();
		links.save(new PasswordResetLink(account.id(), token, now, settings.linkValidity()));
		mailer.send(account.email(), "identity/password-reset", locale,
				Map.of("name", account.view().displayName(), "link", platform.link(NEW_PASSWORD_PATH + token.value()),
						"minutes", settings.linkValidity().toMinutes()));
	}

	/** Whether {@code token} is a link that may still be used. */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return SecretToken.isWellFormed(token) && links.findByTokenHash(new SecretToken(token).hash())
			.filter(link -> link.isUsableAt(clock.instant()))
			.isPresent();
	}

	/**
	 * Sets the new password if the link may still be used; then the link and every other link of
	 * the person are spent, failed sign-ins forgotten, every session of the person ended and a
	 * confirmation mailed.
	 * @return false when the link is unknown, used or expired
	 * @throws IllegalArgumentException when the password does not meet the {@link PasswordPolicy}
	 */
	public boolean reset(String token, String newPassword, Locale locale) {
		if (!SecretToken.isWellFormed(token)) {
			return false;
		}
		var now = clock.instant();
		var link = links.lockByTokenHash(new SecretToken(token).hash()).filter(l -> l.isUsableAt(now)).orElse(null);
		if (link == null) {
			return false;
		}
		if (!PasswordPolicy.accepts(newPassword)) {
			throw new IllegalArgumentException("Password does not meet the policy");
		}
		var account = accounts.findById(link.accountId().value()).orElseThrow();
		boolean activation = account.isInvited();
		link.use(now);
		links.findUnused(account.id().value()).forEach(other -> other.revoke(now));
		account.changePasswordHash(passwords.encode(newPassword));
		throttle.clear(ThrottleSubject.email(account.email()));
		sessions.endAllBut(account.email(), null);
		if (!activation) {
			mailer.send(account.email(), "identity/password-changed", locale,
					Map.of("name", account.view().displayName(), "resetLink", platform.link("/mot-de-passe/oubli")));
		}
		return true;
	}

	/** Expired links are kept a day (they count towards the hourly limit), then forgotten. */
	@Scheduled(cron = "0 23 3 * * *")
	void forgetExpiredLinks() {
		links.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
	}
}
