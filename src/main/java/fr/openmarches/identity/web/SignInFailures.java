package fr.openmarches.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import fr.openmarches.identity.SecondFactorRequiredException;
import fr.openmarches.identity.SignInThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Turns a refused sign-in into a message the person understands, kept in the session for the
 * sign-in page: wrong credentials (never saying which of the two was wrong), a locked account
 * (with the reason its administrator gave), too many failures (until when, in Paris time). A
 * right password for someone who turned on two-factor sign-in leads to the code page instead.
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

	static final String SESSION_ATTRIBUTE = SignInFailures.class.getName();

	private final LocaleResolver locales;

	private final Clock clock;

	SignInFailures(LocaleResolver locales, Clock clock) {
		this.locales = locales;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		var session = request.getSession();
		if (exception instanceof SecondFactorRequiredException required) {
			session.removeAttribute(SESSION_ATTRIBUTE);
			session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(required.accountId(), required.deadline()));
			response.sendRedirect(request.getContextPath() + SecondFactorController.PATH);
			return;
		}
		session.setAttribute(SESSION_ATTRIBUTE, problemFor(exception, locales.resolveLocale(request), clock));
		response.sendRedirect(request.getContextPath() + "/connexion?erreur");
	}

	static SignInProblem problemFor(AuthenticationException exception, Locale locale, Clock clock) {
		if (exception instanceof SignInThrottledException throttled) {
			return throttled(throttled.until(), locale, clock);
		}
		if (exception instanceof LockedException locked) {
			return locked(locked.getMessage());
		}
		return SignInProblem.of("identity.signin.error.credentials");
	}

	static SignInProblem throttled(Instant until, Locale locale, Clock clock) {
		var end = ParisTime.of(until, locale, clock);
		return new SignInProblem(end.keyFor("identity.signin.error.throttled"), true, end.arguments());
	}

	static SignInProblem locked(String reason) {
		return reason == null || reason.isBlank() ? SignInProblem.of("identity.signin.error.locked")
				: SignInProblem.of("identity.signin.error.lockedBecause", reason);
	}
}
