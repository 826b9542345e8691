package fr.openmarches.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.identity.ApiTokenRefusedException;
import fr.openmarches.identity.ApiTokenView;
import fr.openmarches.identity.PersonalTokens;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mon-espace/jetons}: the person's API tokens (for scripts and the command-line client):
 * make one (its secret shown once, on the page that follows), see when each was last used, revoke.
 */
@Controller
class ApiTokenPages {

	static final String PATH = "/mon-espace/jetons";

	private final PersonalTokens tokens;

	private final Clock clock;

	ApiTokenPages(PersonalTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal SignedInUser person, Locale locale, Model model) {
		model.addAttribute("form", new TokenForm(null, null));
		return page(person, locale, model);
	}

	@PostMapping(PATH)
	String create(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") TokenForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		LocalDate lastDay;
		try {
			lastDay = form.lastDay() == null || form.lastDay().isBlank() ? null : LocalDate.parse(form.lastDay().strip());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue("lastDay", "identity.tokens.error.date");
			return page(person, locale, model);
		}
		try {
			var made = tokens.create(person.accountId(), form.name(), lastDay);
			redirect.addFlashAttribute("secret", made.secret());
			redirect.addFlashAttribute("madeName", made.token().name());
			return "redirect:" + PATH;
		}
		catch (ApiTokenRefusedException e) {
			errors.rejectValue(e.messageKey().endsWith("past") ? "lastDay" : "name", e.messageKey());
			return page(person, locale, model);
		}
	}

	@PostMapping(PATH + "/{id}/revocation")
	String revoke(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id, RedirectAttributes redirect) {
		if (tokens.revoke(person.accountId(), id)) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.tokens.revoked"));
		}
		return "redirect:" + PATH;
	}

	private String page(SignedInUser person, Locale locale, Model model) {
		model.addAttribute("tokens", tokens.of(person.accountId()).stream().map(token -> Row.of(token, locale, clock)).toList());
		return "identity/tokens";
	}

	/** @param lastDay the last day the token works (yyyy-mm-dd, as a date field sends it), empty for none */
	record TokenForm(String name, String lastDay) {
	}

	/** A token as the table shows it, dates in Paris time. */
	record Row(UUID id, String name, String hint, String created, String expires, String lastUsed,
			ApiTokenView.State state) {

		static Row of(ApiTokenView token, Locale locale, Clock clock) {
			return new Row(token.id(), token.name(), token.hint(), when(token.createdAt(), locale, clock),
					token.expiresAt() == null ? null : when(token.expiresAt(), locale, clock),
					token.lastUsedAt() == null ? null : when(token.lastUsedAt(), locale, clock), token.state());
		}

		private static String when(Instant instant, Locale locale, Clock clock) {
			var time = ParisTime.of(instant, locale, clock);
			return time.date() + " " + time.time();
		}
	}
}
