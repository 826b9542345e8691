package fr.openmarches.company.web;

import java.util.List;

import fr.openmarches.company.CompanyAdministration;
import fr.openmarches.company.CompanyLookup;
import fr.openmarches.company.CompanyLookup.Outcome;
import fr.openmarches.company.CompanyRegistration;
import fr.openmarches.company.CompanyShowcase;
import fr.openmarches.company.MembershipChangeRefusedException;
import fr.openmarches.company.web.CompanyStep.Origin;
import fr.openmarches.identity.SignedInUser;
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
 * The company space ({@code /entreprise}), « My space » of a supplier: the company, its
 * establishments, leaving it. Collaborators, fiche and products have their own pages.
 */
@Controller
class CompanySpacePages {

	private final CompanySpaceModel space;

	private final CompanyAdministration administration;

	private final CompanyRegistration registration;

	private final CompanyShowcase showcase;

	private final CompanyLookup lookup;

	CompanySpacePages(CompanySpaceModel space, CompanyAdministration administration, CompanyRegistration registration,
			CompanyShowcase showcase, CompanyLookup lookup) {
		this.space = space;
		this.administration = administration;
		this.registration = registration;
		this.showcase = showcase;
		this.lookup = lookup;
	}

	@GetMapping("/entreprise")
	String home(@AuthenticationPrincipal SignedInUser person, Model model) {
		space.fill(person, model);
		model.addAttribute("fiche", showcase.fiche(person.accountId()));
		model.addAttribute("productCount", showcase.products(person.accountId()).size());
		return "company/space";
	}

	@GetMapping("/entreprise/etablissements")
	String establishments(@AuthenticationPrincipal SignedInUser person, Model model) {
		var company = space.fill(person, model);
		model.addAttribute("start", new EstablishmentForm(company.siren() == null ? null : company.siren().value(),
				null, null, null, null, null));
		return "company/establishments";
	}

	/** The SIRET to add, looked up in the Sirene register to prefill its address. */
	@GetMapping("/entreprise/etablissements/nouveau")
	String newEstablishment(@AuthenticationPrincipal SignedInUser person,
			@ModelAttribute("start") EstablishmentForm start, BindingResult errors, Model model) {
		var company = space.fillForAdministrator(person, model);
		if (company.siren() == null) {
			return "redirect:/entreprise/etablissements";
		}
		var siret = start.checkSiret(company.siren(), errors);
		if (siret != null && company.establishments().stream().anyMatch(e -> e.siret().equals(siret))) {
			errors.rejectValue("siret", "company.establishment.error.known");
		}
		if (errors.hasErrors()) {
			return "company/establishments";
		}
		var form = switch (lookup.lookUp(siret)) {
			case Outcome.Found(var prefill) -> EstablishmentForm.of(siret, Origin.FOUND.name(), prefill);
			case Outcome.NotFound() -> EstablishmentForm.of(siret, Origin.NOT_FOUND.name(), null);
			case Outcome.Unavailable(var reason) -> EstablishmentForm.of(siret, Origin.UNAVAILABLE.name(), null);
		};
		model.addAttribute("form", form);
		return "company/establishment-form";
	}

	@PostMapping("/entreprise/etablissements")
	String addEstablishment(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") EstablishmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var company = space.fillForAdministrator(person, model);
		var siret = company.siren() == null ? null : form.checkSiret(company.siren(), errors);
		if (siret == null) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("company.signup.error.startAgain"));
			return "redirect:/entreprise/etablissements";
		}
		form.checkAddress(errors);
		if (errors.hasErrors()) {
			return "company/establishment-form";
		}
		try {
			administration.addEstablishment(person.accountId(), siret, form.headOffice(), form.address());
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("company.establishment.error.known"));
			return "redirect:/entreprise/etablissements";
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.establishment.added", siret.formatted()));
		return "redirect:/entreprise/etablissements";
	}

	@GetMapping("/entreprise/quitter")
	String confirmLeaving(@AuthenticationPrincipal SignedInUser person, Model model) {
		var company = space.fill(person, model);
		model.addAttribute("lastAdministrator", company.activeAdministrators().equals(List.of(person.accountId())));
		return "company/leave";
	}

	@PostMapping("/entreprise/quitter")
	String leave(@AuthenticationPrincipal SignedInUser person, RedirectAttributes redirect) {
		var company = administration.companyOf(person.accountId());
		try {
			registration.leave(person.accountId());
		}
		catch (MembershipChangeRefusedException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
			return "redirect:/entreprise";
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.leave.done", company.name()));
		return "redirect:/mon-espace";
	}
}
