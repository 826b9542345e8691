package fr.openmarches.identity.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;

import fr.openmarches.identity.AccountClosureRefusedException;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.PasswordChange;
import fr.openmarches.identity.PasswordChange.Outcome;
import fr.openmarches.identity.SecondFactorRequiredException;
import fr.openmarches.identity.SignInThrottledException;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.identity.TwoFactorAuthentication;
import fr.openmarches.platform.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mon-espace}: the signed-in person's own page, where they change their password or close
 * their account (which modules may refuse, saying why: {@link AccountClosureRefusedException}).
 */
@Controller
class MySpaceController {

	private final AccountService accounts;

	private final PasswordChange passwordChange;

	private final TwoFactorAuthentication twoFactor;

	private final AuthenticationConfiguration authentication;

	private final Clock clock;

	MySpaceController(AccountService accounts, PasswordChange passwordChange, TwoFactorAuthentication twoFactor,
			AuthenticationConfiguration authentication, Clock clock) {
		this.accounts = accounts;
		this.passwordChange = passwordChange;
		this.twoFactor = twoFactor;
		this.authentication = authentication;
		this.clock = clock;
	}

	@GetMapping("/mon-espace")
	String show(@AuthenticationPrincipal SignedInUser person, Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return page(person, model);
	}

	@PostMapping("/mon-espace/mot-de-passe")
	String changePassword(@AuthenticationPrincipal SignedInUser person,
			@ModelAttribute("form") PasswordChangeForm form, BindingResult errors, HttpSession session, Locale locale,
			Model model, RedirectAttributes redirect) {
		NewPasswords.check(form.newPassword(), form.confirmation(), errors, "newPassword", "confirmation");
		if (errors.hasErrors()) {
			return page(person, model);
		}
		var outcome = passwordChange.change(person.accountId(), form.currentPassword(), form.newPassword(),
				session.getId(), locale);
		switch (outcome) {
			case Outcome.Changed() -> {
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.myspace.password.changed"));
				return "redirect:/mon-espace";
			}
			case Outcome.WrongPassword() -> errors.rejectValue("currentPassword", "identity.myspace.password.wrong");
			case Outcome.Blocked(var until) -> {
				var end = ParisTime.of(until, locale, clock);
				errors.rejectValue("currentPassword", end.keyFor("identity.myspace.password.blocked"), end.arguments(),
						null);
			}
		}
		return page(person, model);
	}

	/**
	 * Closes the account once the password is confirmed (checked like a sign-in: throttled), then
	 * signs the person out.
	 */
	@PostMapping("/mon-espace/fermeture")
	String close(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("closure") AccountClosureForm closure,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) throws Exception {
		try {
			var attempt = UsernamePasswordAuthenticationToken.unauthenticated(person.email(), closure.password());
			attempt.setDetails(new WebAuthenticationDetails(request));
			authentication.getAuthenticationManager().authenticate(attempt);
		}
		catch (SecondFactorRequiredException rightPassword) {
			// The password is right; the code is asked at sign-in only.
		}
		catch (SignInThrottledException blocked) {
			var end = ParisTime.of(blocked.until(), locale, clock);
			errors.rejectValue("password", end.keyFor("identity.myspace.password.blocked"), end.arguments(), null);
		}
		catch (AuthenticationException wrong) {
			errors.rejectValue("password", "identity.myspace.close.wrong");
		}
		if (errors.hasErrors()) {
			model.addAttribute("form", PasswordChangeForm.empty());
			return page(person, model);
		}
		try {
			accounts.close(person.accountId());
		}
		catch (AccountClosureRefusedException refused) {
			model.addAttribute("form", PasswordChangeForm.empty());
			model.addAttribute("closureRefusal", refused);
			return page(person, model);
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.myspace.close.done"));
		return "redirect:/";
	}

	private String page(SignedInUser person, Model model) {
		if (!model.containsAttribute("closure")) {
			model.addAttribute("closure", AccountClosureForm.empty());
		}
		var account = accounts.find(person.accountId()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("roleKeys", account.roles()
			.stream()
			.sorted(Comparator.naturalOrder())
			.map(role -> "identity.role." + role.name())
			.toList());
		model.addAttribute("twoFactorOn", twoFactor.isOn(person.accountId()));
		return "identity/my-space";
	}
}
