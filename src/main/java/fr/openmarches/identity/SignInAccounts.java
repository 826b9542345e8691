package fr.openmarches.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind the email typed on the sign-in page. */
@Component
class SignInAccounts implements UserDetailsService {

	private final Accounts accounts;

	SignInAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(Account.normalise(email))
			.map(Account::signedIn)
			.orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
	}
}
