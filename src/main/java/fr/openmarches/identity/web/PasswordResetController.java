package fr.openmarches.identity.web;

import java.util.Locale;

import fr.openmarches.identity.PasswordReset;
import fr.openmarches.platform.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A forgotten password: {@code /mot-de-passe/oubli} asks for the email address and always gives
 * the same answer; the link mailed leads to {@code /mot-de-passe/nouveau?jeton=…}.
 */
@Controller
class PasswordResetController {

	private static final String SENT = "/mot-de-passe/oubli/envoye";

	private final PasswordReset reset;

	PasswordResetController(PasswordReset reset) {
		this.reset = reset;
	}

	@GetMapping("/mot-de-passe/oubli")
	String forgotten(Model model) {
		model.addAttribute("form", EmailForm.empty());
		return "identity/password-forgotten";
	}

	@PostMapping("/mot-de-passe/oubli")
	String request(@ModelAttribute("form") EmailForm form, BindingResult errors, Locale locale,
			RedirectAttributes redirect) {
		if (form.email() == null || !form.email().strip().matches("[^@\\s]+@[^@\\s]+")) {
			errors.rejectValue("email", "identity.reset.error.email");
			return "identity/password-forgotten";
		}
		reset.request(form.email(), locale);
		redirect.addFlashAttribute("email", form.email().strip());
		return "redirect:" + SENT;
	}

	/** The same page whether an account has this address or not. */
	@GetMapping(SENT)
	String sent() {
		return "identity/password-forgotten-sent";
	}

	@GetMapping("/mot-de-passe/nouveau")
	String newPassword(@RequestParam(name = "jeton", required = false) String token, Model model,
			HttpServletResponse response) {
		if (!reset.isUsable(token)) {
			return linkNotUsable(response);
		}
		model.addAttribute("form", NewPasswordForm.forToken(token));
		return "identity/password-new";
	}

	@PostMapping("/mot-de-passe/nouveau")
	String setNewPassword(@ModelAttribute("form") NewPasswordForm form, BindingResult errors, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!reset.isUsable(form.token())) {
			return linkNotUsable(response);
		}
		NewPasswords.check(form.password(), form.confirmation(), errors, "password", "confirmation");
		if (errors.hasErrors()) {
			return "identity/password-new";
		}
		if (!reset.reset(form.token(), form.password(), locale)) {
			return linkNotUsable(response);
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.reset.done"));
		return "redirect:/connexion";
	}

	/** Unknown, used and expired links get the same answer: ask for a new one. */
	private static String linkNotUsable(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "identity/password-link-unusable";
	}
}
