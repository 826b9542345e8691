package fr.openmarches.identity;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token rather than a session: its principal is the
 * token's owner, with their roles. Endpoints that must not be reached with a token alone (making
 * more tokens) check for it.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final SignedInUser person;

	ApiTokenAuthentication(SignedInUser person) {
		super(person.getAuthorities());
		this.person = person;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public SignedInUser getPrincipal() {
		return person;
	}
}
