package fr.openmarches.identity;

import java.io.Serial;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in is refused, right password or not, because of too many recent failures for this email
 * address, from this network address, or with this person's two-factor codes.
 */
public class SignInThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Instant until;

	public SignInThrottledException(Instant until) {
		super("Too many failed attempts: refused until " + until);
		this.until = until;
	}

	/** When attempts are accepted again. */
	public Instant until() {
		return until;
	}
}
