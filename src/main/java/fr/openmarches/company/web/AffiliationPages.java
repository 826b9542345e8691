package fr.openmarches.company.web;

import java.util.Locale;

import fr.openmarches.company.CompanyRegistration;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.LegalForm;
import fr.openmarches.company.MembershipChangeRefusedException;
import fr.openmarches.company.NoCompanyException;
import fr.openmarches.identity.EmailAlreadyUsedException;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Belonging to a company, in two steps: the company's number (SIRET or SIREN, or abroad its country
 * and identifier), then a form prefilled from the Sirene register — or filled by hand when the
 * register does not know the number or cannot be asked. Three journeys share it ({@link Journey}):
 * signing up ({@code /inscription}), joining a company once signed in, moving to another one.
 */
@Controller
class AffiliationPages {

	private final CompanySteps steps;

	private final CompanyRegistration registration;

	private final CompanyService companies;

	private final SignInAfterSignUp signIn;

	AffiliationPages(CompanySteps steps, CompanyRegistration registration, CompanyService companies,
			SignInAfterSignUp signIn) {
		this.steps = steps;
		this.registration = registration;
		this.companies = companies;
		this.signIn = signIn;
	}

	// Signing up

	@GetMapping("/inscription")
	String signUpStart(@AuthenticationPrincipal SignedInUser person, Model model, Locale locale) {
		if (person != null) {
			return "redirect:" + Journey.JOIN.start();
		}
		return start(Journey.SIGN_UP, StartForm.empty(), model, locale);
	}

	@GetMapping("/inscription/entreprise")
	String signUpStep(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("start") StartForm start,
			BindingResult errors, Model model, Locale locale) {
		if (person != null) {
			return "redirect:" + Journey.JOIN.start();
		}
		return step(Journey.SIGN_UP, start, errors, model, locale);
	}

	@PostMapping("/inscription")
	String signUp(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") SignUpForm form,
			BindingResult errors, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (person != null) {
			return "redirect:" + Journey.JOIN.start();
		}
		var step = again(form, redirect);
		if (step == null) {
			return "redirect:" + Journey.SIGN_UP.start();
		}
		form.checkCompany(step, errors);
		form.checkPerson(errors);
		if (errors.hasErrors()) {
			return form(Journey.SIGN_UP, step, model, locale);
		}
		CompanyRegistration.SignedUp signedUp;
		try {
			signedUp = registration.signUp(form.account(), form.affiliation(step));
		}
		catch (EmailAlreadyUsedException e) {
			errors.rejectValue("email", "company.signup.error.emailTaken");
			return form(Journey.SIGN_UP, step, model, locale);
		}
		if (!signIn.signIn(form.email().strip(), form.password(), request, response)) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("company.signup.done.signIn"));
			return "redirect:/connexion";
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, welcome(signedUp.affiliation().founded()));
		return "redirect:/entreprise";
	}

	// Joining a company once signed in (someone who belongs to none)

	@GetMapping("/mon-espace/entreprise")
	String joinStart(@AuthenticationPrincipal SignedInUser person, Model model, Locale locale) {
		if (companies.companyOf(person.accountId()).isPresent()) {
			return "redirect:/entreprise";
		}
		return start(Journey.JOIN, StartForm.empty(), model, locale);
	}

	@GetMapping("/mon-espace/entreprise/choix")
	String joinStep(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("start") StartForm start,
			BindingResult errors, Model model, Locale locale) {
		if (companies.companyOf(person.accountId()).isPresent()) {
			return "redirect:/entreprise";
		}
		return step(Journey.JOIN, start, errors, model, locale);
	}

	@PostMapping("/mon-espace/entreprise")
	String join(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") SignUpForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		var step = again(form, redirect);
		if (step == null) {
			return "redirect:" + Journey.JOIN.start();
		}
		form.checkCompany(step, errors);
		if (errors.hasErrors()) {
			return form(Journey.JOIN, step, model, locale);
		}
		try {
			var affiliated = registration.join(person.accountId(), form.affiliation(step));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, welcome(affiliated.founded()));
			return "redirect:/entreprise";
		}
		catch (MembershipChangeRefusedException e) {
			return "redirect:/entreprise";
		}
	}

	// Moving to another company

	@GetMapping("/entreprise/changer")
	String moveStart(Model model, Locale locale) {
		return start(Journey.MOVE, StartForm.empty(), model, locale);
	}

	@GetMapping("/entreprise/changer/choix")
	String moveStep(@ModelAttribute("start") StartForm start, BindingResult errors, Model model, Locale locale) {
		return step(Journey.MOVE, start, errors, model, locale);
	}

	@PostMapping("/entreprise/changer")
	String move(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") SignUpForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		var step = again(form, redirect);
		if (step == null) {
			return "redirect:" + Journey.MOVE.start();
		}
		form.checkCompany(step, errors);
		if (errors.hasErrors()) {
			return form(Journey.MOVE, step, model, locale);
		}
		try {
			var affiliated = registration.move(person.accountId(), form.affiliation(step));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, welcome(affiliated.founded()));
			return "redirect:/entreprise";
		}
		catch (MembershipChangeRefusedException e) {
			model.addAttribute("refusal", e.messageKey());
			return form(Journey.MOVE, step, model, locale);
		}
		catch (NoCompanyException e) {
			return "redirect:" + Journey.JOIN.start();
		}
	}

	private String start(Journey journey, StartForm start, Model model, Locale locale) {
		model.addAttribute("journey", journey);
		model.addAttribute("start", start);
		model.addAttribute("countries", Countries.abroad(locale));
		return "company/affiliation-start";
	}

	private String step(Journey journey, StartForm start, BindingResult errors, Model model, Locale locale) {
		var step = steps.read(start, errors);
		if (step.isEmpty()) {
			model.addAttribute("journey", journey);
			model.addAttribute("countries", Countries.abroad(locale));
			return "company/affiliation-start";
		}
		var found = step.get();
		model.addAttribute("form", found.isRegistered() && found.asksEstablishment()
				? SignUpForm.joining(found, found.prefill()) : SignUpForm.start(found));
		return form(journey, found, model, locale);
	}

	private String form(Journey journey, CompanyStep step, Model model, Locale locale) {
		model.addAttribute("journey", journey);
		model.addAttribute("step", step);
		model.addAttribute("legalForms", LegalForm.COMMON);
		if (step.isAbroad()) {
			model.addAttribute("countryName", Countries.name(step.country(), locale));
		}
		return "company/affiliation-form";
	}

	/** The step the posted form was made for; null (with a message) when its number was tampered with. */
	private CompanyStep again(SignUpForm form, RedirectAttributes redirect) {
		try {
			return steps.again(form);
		}
		catch (IllegalArgumentException e) {
			// InvalidIdentifierException too: the number posted was tampered with
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("company.signup.error.startAgain"));
			return null;
		}
	}

	private static Flash welcome(boolean founded) {
		return Flash.success(founded ? "company.signup.done.founded" : "company.signup.done.joined");
	}
}
