package fr.openmarches.identity;

import fr.openmarches.platform.SecretToken;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other modules use them: open one, invite someone, grant and revoke roles, lock and
 * unlock, correct contact details, close.
 */
@Service
@Transactional
public class AccountService {

	private final Accounts accounts;

	private final PasswordResetLinks links;

	private final PasswordEncoder passwords;

	private final SignedInSessions sessions;

	private final Mailer mailer;

	private final PlatformProperties platform;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(Accounts accounts, PasswordResetLinks links, PasswordEncoder passwords, SignedInSessions sessions,
			Mailer mailer, PlatformProperties platform, IdentityProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.sessions = sessions;
		this.mailer = mailer;
		this.platform = platform;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an account.
	 * @throws EmailAlreadyUsedException when the email address is taken
	 * @throws IllegalArgumentException when the password does not meet the {@link PasswordPolicy}
	 */
	public AccountId open(NewAccount request) {
		var email = Account.normalise(request.email());
		if (accounts.existsByEmail(email)) {
			throw new EmailAlreadyUsedException(email);
		}
		if (!PasswordPolicy.accepts(request.password())) {
			throw new IllegalArgumentException("Password does not meet the policy");
		}
		var account = new Account(AccountId.random(), email, passwords.encode(request.password()),
				request.givenName(), request.familyName(), request.phone(), request.fax(), request.roles(),
				clock.instant());
		return accounts.save(account).id();
	}

	/**
	 * Opens an account for someone else (an entity administrator inviting an agent) and mails them
	 * a link to choose their password, valid for a week. Until then the account cannot sign in.
	 * @throws EmailAlreadyUsedException when the email address is taken
	 */
	public AccountId invite(Invitation invitation, Locale locale) {
		var email = Account.normalise(invitation.email());
		if (accounts.existsByEmail(email)) {
			throw new EmailAlreadyUsedException(email);
		}
		var unusable = passwords.encode(SecretToken.generate().value());
		var account = accounts.save(Account.invited(AccountId.random(), email, unusable, invitation.givenName(),
				invitation.familyName(), invitation.phone(), invitation.roles(), clock.instant()));
		mailInvitation(account, invitation.invitedBy(), invitation.joining(), locale);
		return account.id();
	}

	/** Sends a new invitation link to someone who has not yet chosen a password. */
	public void reinvite(AccountId id, String invitedBy, String joining, Locale locale) {
		var account = load(id);
		if (!account.isInvited()) {
			throw new IllegalStateException("Account " + id + " is already active");
		}
		links.findUnused(id.value()).forEach(link -> link.revoke(clock.instant()));
		mailInvitation(account, invitedBy, joining, locale);
	}

	private void mailInvitation(Account account, String invitedBy, String joining, Locale locale) {
		var token = SecretToken.generate();
		var validity = properties.passwordReset().invitationValidity();
		links.save(new PasswordResetLink(account.id(), token, clock.instant(), validity));
		mailer.send(account.email(), "identity/invitation", locale,
				Map.of("name", account.view().displayName(), "invitedBy", invitedBy, "joining", joining, "link",
						platform.link(PasswordReset.NEW_PASSWORD_PATH + token.value()), "days", validity.toDays()));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(AccountId id) {
		return accounts.findById(id.value()).map(Account::view);
	}

	/** The accounts among {@code ids} that exist, by id. */
	@Transactional(readOnly = true)
	public Map<AccountId, AccountView> findAll(Collection<AccountId> ids) {
		return accounts.findAllById(ids.stream().map(AccountId::value).toList())
			.stream()
			.map(Account::view)
			.collect(Collectors.toMap(AccountView::id, Function.identity()));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return accounts.findByEmail(Account.normalise(email)).map(Account::view);
	}

	@Transactional(readOnly = true)
	public boolean isEmailUsed(String email) {
		return accounts.existsByEmail(Account.normalise(email));
	}

	public void grant(AccountId id, Role role) {
		load(id).grant(role);
	}

	public void revoke(AccountId id, Role role) {
		load(id).revoke(role);
	}

	/**
	 * Refuses sign-in from now on and ends the person's sessions; {@code reason} is what they are
	 * told when they try.
	 */
	public void lock(AccountId id, String reason) {
		var account = load(id);
		account.lock(reason);
		sessions.endAllBut(account.email(), null);
	}

	/** @throws IllegalStateException when the account is not locked */
	public void unlock(AccountId id) {
		load(id).unlock();
	}

	/** Corrects name, first name, phone and fax (blank phone or fax: none). */
	public void updateContact(AccountId id, String givenName, String familyName, String phone, String fax) {
		load(id).updateContact(givenName, familyName, phone, fax);
	}

	/**
	 * Closes the account for good: its sessions end and it is deleted. Modules holding something
	 * of the person hear {@link AccountClosing} first, in this transaction, and may refuse by
	 * throwing {@link AccountClosureRefusedException} (the last administrator of a company cannot
	 * leave it without one).
	 */
	public void close(AccountId id) {
		var account = load(id);
		events.publishEvent(new AccountClosing(id));
		sessions.endAllBut(account.email(), null);
		accounts.delete(account);
	}

	private Account load(AccountId id) {
		return accounts.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No account " + id));
	}
}
