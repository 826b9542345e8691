package fr.openmarches.identity.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;

import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.PasswordChange;
import fr.openmarches.identity.PasswordChange.Outcome;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.identity.TwoFactorAuthentication;
import fr.openmarches.platform.Flash;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /mon-espace}: the signed-in person's own page, where they change their password. */
@Controller
class MySpaceController {

	private final AccountService accounts;

	private final PasswordChange passwordChange;

	private final TwoFactorAuthentication twoFactor;

	private final Clock clock;

	MySpaceController(AccountService accounts, PasswordChange passwordChange, TwoFactorAuthentication twoFactor,
			Clock clock) {
		this.accounts = accounts;
		this.passwordChange = passwordChange;
		this.twoFactor = twoFactor;
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

	private String page(SignedInUser person, Model model) {
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
