package fr.openmarches.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other modules use them: open one, grant and revoke roles, lock and unlock. */
@Service
@Transactional
public class AccountService {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	AccountService(Accounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
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
				request.givenName(), request.familyName(), request.phone(), request.roles(), clock.instant());
		return accounts.save(account).id();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(AccountId id) {
		return accounts.findById(id.value()).map(Account::view);
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

	/** Refuses sign-in from now on; {@code reason} is what the person is told when they try. */
	public void lock(AccountId id, String reason) {
		load(id).lock(reason);
	}

	public void unlock(AccountId id) {
		load(id).unlock();
	}

	public void rename(AccountId id, String givenName, String familyName, String phone) {
		load(id).rename(givenName, familyName, phone);
	}

	private Account load(AccountId id) {
		return accounts.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No account " + id));
	}
}
