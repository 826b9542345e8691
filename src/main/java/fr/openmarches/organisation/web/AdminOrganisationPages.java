package fr.openmarches.organisation.web;

import java.util.UUID;

import fr.openmarches.organisation.AlreadyRegisteredException;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationProperties;
import fr.openmarches.organisation.OrganisationRegister;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.Flash;
import fr.openmarches.platform.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Platform administrators' pages for organisations: the searchable list, creating and correcting
 * one, and an organisation's page listing its purchasing entities (searchable, paged: a ministry
 * may have hundreds). {@code /admin/**} is for platform administrators only (identity's security
 * rules); the annotation repeats it where the code is.
 */
@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AdminOrganisationPages {

	private final OrganisationService organisations;

	private final OrganisationRegister register;

	private final OrganisationProperties properties;

	AdminOrganisationPages(OrganisationService organisations, OrganisationRegister register,
			OrganisationProperties properties) {
		this.organisations = organisations;
		this.register = register;
		this.properties = properties;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		var results = register.organisations(q, pageIndex(page), properties.pageSize());
		model.addAttribute("q", q);
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, request));
		return "organisation/admin/organisations";
	}

	@GetMapping("/nouvelle")
	String newOrganisation(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		return form(null, model);
	}

	@PostMapping("/nouvelle")
	String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		form.check(errors);
		if (errors.hasErrors()) {
			return form(null, model);
		}
		try {
			var id = organisations.create(form.details());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.organisation.created", form.name().strip()));
			return "redirect:/admin/organisations/" + id;
		}
		catch (AlreadyRegisteredException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return form(null, model);
		}
	}

	@GetMapping("/{organisation}")
	String show(@PathVariable UUID organisation, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		var id = new OrganisationId(organisation);
		var view = register.organisation(id);
		var entities = register.entities(id, q, pageIndex(page), properties.pageSize());
		model.addAttribute("organisation", view);
		model.addAttribute("q", q);
		model.addAttribute("results", entities);
		model.addAttribute("pagination", Pagination.of(entities, request));
		return "organisation/admin/organisation";
	}

	@GetMapping("/{organisation}/modifier")
	String edit(@PathVariable UUID organisation, Model model) {
		var view = register.organisation(new OrganisationId(organisation));
		model.addAttribute("form", OrganisationForm.of(view));
		return form(view.id(), model);
	}

	@PostMapping("/{organisation}/modifier")
	String correct(@PathVariable UUID organisation, @ModelAttribute("form") OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var id = register.organisation(new OrganisationId(organisation)).id();
		form.check(errors);
		if (errors.hasErrors()) {
			return form(id, model);
		}
		try {
			organisations.correct(id, form.details());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.organisation.corrected"));
			return "redirect:/admin/organisations/" + id;
		}
		catch (AlreadyRegisteredException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return form(id, model);
		}
	}

	private String form(OrganisationId editing, Model model) {
		model.addAttribute("editing", editing);
		if (editing != null) {
			model.addAttribute("organisation", register.organisation(editing));
		}
		model.addAttribute("kinds", OrganisationKind.values());
		return "organisation/admin/organisation-form";
	}

	static int pageIndex(Integer page) {
		return page == null || page < 1 ? 0 : page - 1;
	}
}
