package fr.openmarches.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Turns a refused sign-in into a message the person understands, kept in the session for the
 * sign-in page: wrong credentials (never saying which of the two was wrong), a locked account
 * (with the reason its administrator gave).
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

	static final String SESSION_ATTRIBUTE = SignInFailures.class.getName();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, problemFor(exception));
		response.sendRedirect(request.getContextPath() + "/connexion?erreur");
	}

	static SignInProblem problemFor(AuthenticationException exception) {
		if (exception instanceof LockedException locked) {
			return locked.getMessage() == null || locked.getMessage().isBlank()
					? new SignInProblem("identity.signin.error.locked")
					: new SignInProblem("identity.signin.error.lockedBecause", locked.getMessage());
		}
		return new SignInProblem("identity.signin.error.credentials");
	}
}
