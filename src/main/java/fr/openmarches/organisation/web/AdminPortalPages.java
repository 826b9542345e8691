package fr.openmarches.organisation.web;

import fr.openmarches.organisation.AlreadyRegisteredException;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.UnknownIdException;
import fr.openmarches.platform.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Platform administrators' pages for the themed portals: the list, creating one, changing which
 * organisations it shows, removing it. Visitors then filter the consultation list by portal.
 */
@Controller
@RequestMapping("/admin/portails")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AdminPortalPages {

	private final PortalService portals;

	private final EntityDirectory directory;

	AdminPortalPages(PortalService portals, EntityDirectory directory) {
		this.portals = portals;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("portals", portals.all());
		return "organisation/admin/portals";
	}

	@GetMapping("/nouveau")
	String newPortal(Model model) {
		model.addAttribute("form", PortalForm.empty());
		return form(null, model);
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		var portal = portals.find(code).orElseThrow(() -> new UnknownIdException("portal", code));
		model.addAttribute("form", PortalForm.of(portal));
		return form(portal.code(), model);
	}

	@PostMapping({ "/nouveau", "/{code}" })
	String save(@PathVariable(required = false) String code, @ModelAttribute("form") PortalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (code != null) {
			portals.find(code).orElseThrow(() -> new UnknownIdException("portal", code));
			form = new PortalForm(code, form.name(), form.description(), form.organisations());
			model.addAttribute("form", form);
		}
		else if (portals.find(FieldChecks.strip(form.code())).isPresent()) {
			errors.rejectValue("code", "organisation.portal.error.codeTaken");
		}
		form.check(errors);
		if (errors.hasErrors()) {
			return form(code, model);
		}
		try {
			var saved = portals.save(form.details());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.portal.saved", saved.name()));
			return "redirect:/admin/portails";
		}
		catch (AlreadyRegisteredException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return form(code, model);
		}
	}

	@PostMapping("/{code}/supprimer")
	String delete(@PathVariable String code, RedirectAttributes redirect) {
		var portal = portals.find(code).orElseThrow(() -> new UnknownIdException("portal", code));
		portals.delete(portal.code());
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.portal.deleted", portal.name()));
		return "redirect:/admin/portails";
	}

	private String form(String editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("organisations", directory.organisations());
		return "organisation/admin/portal-form";
	}
}
