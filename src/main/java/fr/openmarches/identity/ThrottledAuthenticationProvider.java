package fr.openmarches.identity;

import java.util.ArrayList;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check: refuses at once while the email address or the network address is
 * blocked, counts wrong passwords (unknown email addresses alike, so that a block tells nothing
 * about which accounts exist), and forgets an email's failures once its password is right.
 *
 * <p>A success does not clear the network address: one valid account must not let an attacker
 * try other people's passwords from the same address without limit.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		var email = ThrottleSubject.email(attempt.getName() == null ? "" : attempt.getName());
		var subjects = new ArrayList<ThrottleSubject>();
		subjects.add(email);
		if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
			subjects.add(ThrottleSubject.address(details.getRemoteAddress()));
		}
		var all = subjects.toArray(ThrottleSubject[]::new);
		var blocked = throttle.blockedUntil(all);
		if (blocked.isPresent()) {
			throw new SignInThrottledException(blocked.get());
		}
		try {
			var authenticated = passwords.authenticate(attempt);
			throttle.clear(email);
			return authenticated;
		}
		catch (SecondFactorRequiredException passwordWasRight) {
			throttle.clear(email);
			throw passwordWasRight;
		}
		catch (BadCredentialsException wrong) {
			var block = throttle.recordFailure(all);
			if (block.isPresent()) {
				throw new SignInThrottledException(block.get());
			}
			throw wrong;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}
}
