package fr.openmarches.identity;

import java.io.Serial;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but the person turned on two-factor sign-in: they are not signed in
 * until they type a code from their authenticator app ({@link TwoFactorAuthentication#signIn}).
 * An exception so that Spring Security creates no authentication at all for now.
 */
public class SecondFactorRequiredException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId accountId;

	private final Instant deadline;

	SecondFactorRequiredException(AccountId accountId, Instant deadline) {
		super("Password accepted; a two-factor code is required");
		this.accountId = accountId;
		this.deadline = deadline;
	}

	/** After this, the password must be typed again. */
	public Instant deadline() {
		return deadline;
	}

	/** Whose code is expected. */
	public AccountId accountId() {
		return accountId;
	}
}
