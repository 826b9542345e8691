package fr.openmarches.identity.web;

import java.time.Clock;
import java.util.Locale;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.identity.TwoFactorAuthentication;
import fr.openmarches.identity.TwoFactorAuthentication.CodeCheck;
import fr.openmarches.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mon-espace/securite}: turning two-factor sign-in on (scan a QR code, confirm with a
 * first code) and off (with a current code).
 */
@Controller
class SecuritySettingsController {

	private static final String PATH = "/mon-espace/securite";

	private final TwoFactorAuthentication twoFactor;

	private final Clock clock;

	SecuritySettingsController(TwoFactorAuthentication twoFactor, Clock clock) {
		this.twoFactor = twoFactor;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal SignedInUser person, Locale locale, Model model) {
		model.addAttribute("form", CodeForm.empty());
		return page(person, locale, model);
	}

	@PostMapping(PATH + "/activation")
	String start(@AuthenticationPrincipal SignedInUser person) {
		var status = twoFactor.status(person.accountId());
		if (status.offered() && !status.isOn()) {
			twoFactor.startEnrolment(person.accountId());
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/confirmation")
	String confirm(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") CodeForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		var status = twoFactor.status(person.accountId());
		if (status.isOn() || status.pendingEnrolment().isEmpty()) {
			return "redirect:" + PATH;
		}
		return answer(twoFactor.turnOn(person.accountId(), form.code()), "identity.security.turnedOn", person, errors,
				locale, model, redirect);
	}

	@PostMapping(PATH + "/desactivation")
	String turnOff(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") CodeForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		if (!twoFactor.isOn(person.accountId())) {
			return "redirect:" + PATH;
		}
		return answer(twoFactor.turnOff(person.accountId(), form.code()), "identity.security.turnedOff", person,
				errors, locale, model, redirect);
	}

	private String answer(CodeCheck check, String doneKey, SignedInUser person, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		switch (check) {
			case CodeCheck.Accepted accepted -> {
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
				return "redirect:" + PATH;
			}
			case CodeCheck.Wrong() -> errors.rejectValue("code", "identity.code.error.wrong");
			case CodeCheck.Blocked(var until) -> {
				var end = ParisTime.of(until, locale, clock);
				errors.rejectValue("code", end.keyFor("identity.code.error.blocked"), end.arguments(), null);
			}
			case CodeCheck.Locked(var reason) -> errors.rejectValue("code", "identity.signin.error.locked");
		}
		return page(person, locale, model);
	}

	private String page(SignedInUser person, Locale locale, Model model) {
		var status = twoFactor.status(person.accountId());
		model.addAttribute("status", status);
		if (status.isOn()) {
			model.addAttribute("onSince", ParisTime.of(status.onSince(), locale, clock).date());
		}
		return "identity/security";
	}
}
