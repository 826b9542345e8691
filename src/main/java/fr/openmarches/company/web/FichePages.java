package fr.openmarches.company.web;

import java.time.Clock;
import java.util.Locale;

import fr.openmarches.company.CompanyShowcase;
import fr.openmarches.company.Region;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /entreprise/fiche}: the company fiche shown in the directory. Members read it;
 * administrators edit it in one form, whose buttons add or remove an activity or a reference
 * without losing what is typed (no script needed), and save.
 */
@Controller
class FichePages {

	static final String PATH = "/entreprise/fiche";

	private final CompanyShowcase showcase;

	private final CompanySpaceModel space;

	private final CpvCatalogue cpv;

	private final Clock clock;

	FichePages(CompanyShowcase showcase, CompanySpaceModel space, CpvCatalogue cpv, Clock clock) {
		this.showcase = showcase;
		this.space = space;
		this.cpv = cpv;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal SignedInUser person, Model model, Locale locale) {
		space.fill(person, model);
		model.addAttribute("form", FicheForm.of(showcase.fiche(person.accountId())));
		return page(model, locale);
	}

	@PostMapping(PATH)
	String save(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") FicheForm posted,
			BindingResult errors, @RequestParam(required = false) String action,
			@RequestParam(required = false) String removeActivity, @RequestParam(required = false) Integer removeReference,
			Model model, Locale locale, RedirectAttributes redirect) {
		space.fillForAdministrator(person, model);
		var form = posted.normalised();
		if (removeActivity != null) {
			form = form.withoutActivity(removeActivity);
		}
		else if (removeReference != null) {
			form = form.withoutReference(removeReference);
		}
		else if ("addReference".equals(action)) {
			form = form.withAnotherReference();
		}
		// The form shown again is not the one bound: its errors go on a result of its own.
		var checked = new BeanPropertyBindingResult(form, "form");
		checked.addAllErrors(errors);
		form = form.withNewActivity(cpv, checked);
		if (form.newActivity() == null) {
			var rebound = new BeanPropertyBindingResult(form, "form");
			rebound.addAllErrors(checked);
			checked = rebound;
		}
		boolean saving = removeActivity == null && removeReference == null && action == null;
		if (saving) {
			int year = FicheForm.thisYear(clock);
			form.check(checked, year);
			if (!checked.hasErrors()) {
				showcase.describe(person.accountId(), form.fiche(year));
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.fiche.saved"));
				return "redirect:" + PATH;
			}
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", checked);
		return page(model, locale);
	}

	private String page(Model model, Locale locale) {
		var form = (FicheForm) model.getAttribute("form");
		model.addAttribute("activityLabels", form.activities()
			.stream()
			.map(code -> cpv.find(code).map(found -> found.display(locale)).orElse(code))
			.toList());
		model.addAttribute("regions", Region.values());
		return "company/fiche";
	}
}
