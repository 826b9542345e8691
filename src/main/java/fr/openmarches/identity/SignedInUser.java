package fr.openmarches.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, as kept in the session. The password hash is erased
 * once sign-in has checked it.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId accountId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final String lockedReason;

	private String passwordHash;

	SignedInUser(AccountId accountId, String email, String displayName, Set<Role> roles, String lockedReason,
			String passwordHash) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.lockedReason = lockedReason;
		this.passwordHash = passwordHash;
	}

	public AccountId accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	/** First name and name, for the header and for registers. */
	public String getDisplayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	/** Why the account is locked, or null when it is not. */
	String lockedReason() {
		return lockedReason;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && accountId.equals(that.accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInUser[" + accountId + "]";
	}
}
