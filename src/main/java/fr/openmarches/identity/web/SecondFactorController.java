package fr.openmarches.identity.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.identity.TwoFactorAuthentication;
import fr.openmarches.identity.TwoFactorAuthentication.CodeCheck;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /connexion/code}: the second step of sign-in for people who turned on two-factor
 * sign-in. Only a right code signs them in; then, as at any sign-in, the session id and the CSRF
 * token change.
 */
@Controller
class SecondFactorController {

	static final String PATH = "/connexion/code";

	/** Authorities telling other modules how this person proved who they are. */
	static final String TOTP_FACTOR = "FACTOR_TOTP";

	private final TwoFactorAuthentication twoFactor;

	private final SecurityContextRepository contexts;

	private final AuthenticationEventPublisher events;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

	private final RequestCache savedRequests = new HttpSessionRequestCache();

	private final Clock clock;

	SecondFactorController(TwoFactorAuthentication twoFactor, SecurityContextRepository contexts,
			AuthenticationEventPublisher events, Clock clock) {
		this.twoFactor = twoFactor;
		this.contexts = contexts;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String form(HttpServletRequest request, Model model) {
		if (pending(request) == null) {
			return "redirect:/connexion";
		}
		model.addAttribute("form", CodeForm.empty());
		return "identity/second-factor";
	}

	@PostMapping(PATH)
	String check(@ModelAttribute("form") CodeForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		var pending = pending(request);
		if (pending == null) {
			return refused(request, SignInProblem.of("identity.code.error.tooLate"));
		}
		return switch (twoFactor.signIn(pending.accountId(), form.code())) {
			case CodeCheck.Accepted(var person) -> {
				request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
				signIn(person, request, response);
				yield "redirect:" + destination(request, response);
			}
			case CodeCheck.Wrong() -> {
				errors.rejectValue("code", "identity.code.error.wrong");
				yield "identity/second-factor";
			}
			case CodeCheck.Blocked(var until) -> {
				var end = ParisTime.of(until, locale, clock);
				yield refused(request, new SignInProblem(end.keyFor("identity.code.error.blocked"), false,
						end.arguments()));
			}
			case CodeCheck.Locked(var reason) -> refused(request, SignInFailures.locked(reason));
		};
	}

	/** The pending sign-in of this session, if its time is not over (else it is forgotten). */
	private PendingSignIn pending(HttpServletRequest request) {
		var session = request.getSession(false);
		var pending = PendingSignIn.in(session);
		if (pending != null && pending.isOverAt(clock.instant())) {
			session.removeAttribute(PendingSignIn.ATTRIBUTE);
			return null;
		}
		return pending;
	}

	private String refused(HttpServletRequest request, SignInProblem problem) {
		var session = request.getSession();
		session.removeAttribute(PendingSignIn.ATTRIBUTE);
		session.setAttribute(SignInFailures.SESSION_ATTRIBUTE, problem);
		return "redirect:/connexion?erreur";
	}

	private void signIn(SignedInUser person, HttpServletRequest request, HttpServletResponse response) {
		person.eraseCredentials();
		var authorities = new ArrayList<GrantedAuthority>(person.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
		var authentication = UsernamePasswordAuthenticationToken.authenticated(person, null, authorities);
		authentication.setDetails(new WebAuthenticationDetails(request));
		newSession.onAuthentication(authentication, request, response);
		var context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		// As for a sign-in with a password alone: listeners (audit, metrics) see every sign-in.
		events.publishAuthenticationSuccess(authentication);
	}

	/** Where the person was going when sign-in was asked of them, else the home page. */
	private String destination(HttpServletRequest request, HttpServletResponse response) {
		var saved = savedRequests.getRequest(request, response);
		if (saved == null) {
			return "/";
		}
		savedRequests.removeRequest(request, response);
		return saved.getRedirectUrl();
	}
}
