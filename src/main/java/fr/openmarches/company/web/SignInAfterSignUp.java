package fr.openmarches.company.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in a person who just chose their password on the sign-up form, as the sign-in page would:
 * through the platform's authentication (password check, throttle, lock), then with a new session
 * id and a new CSRF token, the security context saved in the session and the success published.
 */
@Component
class SignInAfterSignUp {

	private final AuthenticationConfiguration authentication;

	private final SecurityContextRepository contexts;

	private final AuthenticationEventPublisher events;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

	SignInAfterSignUp(AuthenticationConfiguration authentication, SecurityContextRepository contexts,
			AuthenticationEventPublisher events) {
		this.authentication = authentication;
		this.contexts = contexts;
		this.events = events;
	}

	/** Whether the person is now signed in (a throttled address, for one, may refuse it). */
	boolean signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
		try {
			var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
			token.setDetails(new WebAuthenticationDetails(request));
			var authenticated = manager().authenticate(token);
			newSession.onAuthentication(authenticated, request, response);
			var context = holder.createEmptyContext();
			context.setAuthentication(authenticated);
			holder.setContext(context);
			contexts.saveContext(context, request, response);
			events.publishAuthenticationSuccess(authenticated);
			return true;
		}
		catch (AuthenticationException e) {
			return false;
		}
	}

	private AuthenticationManager manager() {
		try {
			return authentication.getAuthenticationManager();
		}
		catch (Exception e) {
			throw new IllegalStateException("No authentication manager", e);
		}
	}
}
