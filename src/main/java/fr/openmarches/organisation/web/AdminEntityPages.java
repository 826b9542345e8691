package fr.openmarches.organisation.web;

import java.util.Locale;
import java.util.UUID;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.AgentChangeRefusedException;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.AgentStatus;
import fr.openmarches.organisation.AlreadyRegisteredException;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.OrganisationRegister;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Platform administrators' pages for the purchasing entities of an organisation: create and
 * correct one, manage its services, see its agents and appoint its administrator. An entity is
 * only reached under its own organisation's address.
 */
@Controller
@RequestMapping("/admin/organisations/{organisation}/entites")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AdminEntityPages {

	private final OrganisationService organisations;

	private final OrganisationRegister register;

	AdminEntityPages(OrganisationService organisations, OrganisationRegister register) {
		this.organisations = organisations;
		this.register = register;
	}

	@GetMapping("/nouvelle")
	String newEntity(@PathVariable UUID organisation, Model model) {
		model.addAttribute("form", EntityForm.empty());
		return form(new OrganisationId(organisation), null, model);
	}

	@PostMapping("/nouvelle")
	String create(@PathVariable UUID organisation, @ModelAttribute("form") EntityForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var id = register.organisation(new OrganisationId(organisation)).id();
		var siret = form.check(errors);
		if (errors.hasErrors()) {
			return form(id, null, model);
		}
		try {
			var entity = organisations.createEntity(id, form.newEntity(siret));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.entity.created", form.name().strip()));
			return "redirect:" + path(id, entity);
		}
		catch (AlreadyRegisteredException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return form(id, null, model);
		}
	}

	@GetMapping("/{entity}")
	String show(@PathVariable UUID organisation, @PathVariable UUID entity, Model model) {
		model.addAttribute("administratorForm", AgentForm.empty());
		return page(new OrganisationId(organisation), new PurchasingEntityId(entity), model);
	}

	@GetMapping("/{entity}/modifier")
	String edit(@PathVariable UUID organisation, @PathVariable UUID entity, Model model) {
		var id = new OrganisationId(organisation);
		var view = register.entity(id, new PurchasingEntityId(entity));
		model.addAttribute("form", EntityForm.of(view));
		return form(id, view.id(), model);
	}

	@PostMapping("/{entity}/modifier")
	String correct(@PathVariable UUID organisation, @PathVariable UUID entity,
			@ModelAttribute("form") EntityForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var id = new OrganisationId(organisation);
		var entityId = register.entity(id, new PurchasingEntityId(entity)).id();
		var siret = form.check(errors);
		if (errors.hasErrors()) {
			return form(id, entityId, model);
		}
		try {
			organisations.correctEntity(entityId, form.details(siret));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.entity.corrected"));
			return "redirect:" + path(id, entityId);
		}
		catch (AlreadyRegisteredException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return form(id, entityId, model);
		}
	}

	/** Appoints the entity's administrator: invited by mail, or appointed at once if they have an account. */
	@PostMapping("/{entity}/administrateurs")
	String appointAdministrator(@PathVariable UUID organisation, @PathVariable UUID entity,
			@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("administratorForm") AgentForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		var id = new OrganisationId(organisation);
		var entityId = register.entity(id, new PurchasingEntityId(entity)).id();
		form.check(errors, false);
		if (!errors.hasErrors()) {
			try {
				organisations.appointAdministrator(entityId, form.agent(), admin.accountId(), locale);
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success("organisation.admin.administrator.appointed", form.email().strip()));
				return "redirect:" + path(id, entityId) + "#agents";
			}
			catch (AgentChangeRefusedException e) {
				errors.rejectValue("email", e.messageKey());
			}
		}
		return page(id, entityId, model);
	}

	@PostMapping("/{entity}/services")
	String addOffice(@PathVariable UUID organisation, @PathVariable UUID entity, @RequestParam String name,
			Model model, RedirectAttributes redirect) {
		var id = new OrganisationId(organisation);
		var entityId = register.entity(id, new PurchasingEntityId(entity)).id();
		return editOffice(id, entityId, null, name, model, redirect,
				() -> organisations.addOffice(entityId, name.strip()), "organisation.office.added");
	}

	@PostMapping("/{entity}/services/{office}")
	String renameOffice(@PathVariable UUID organisation, @PathVariable UUID entity, @PathVariable UUID office,
			@RequestParam String name, Model model, RedirectAttributes redirect) {
		var id = new OrganisationId(organisation);
		var entityId = register.entity(id, new PurchasingEntityId(entity)).id();
		return editOffice(id, entityId, office, name, model, redirect,
				() -> organisations.renameOffice(entityId, office, name.strip()), "organisation.office.renamed");
	}

	@PostMapping("/{entity}/services/{office}/suppression")
	String removeOffice(@PathVariable UUID organisation, @PathVariable UUID entity, @PathVariable UUID office,
			RedirectAttributes redirect) {
		var id = new OrganisationId(organisation);
		var entityId = register.entity(id, new PurchasingEntityId(entity)).id();
		organisations.removeOffice(entityId, office);
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.office.removed"));
		return "redirect:" + path(id, entityId) + "#services";
	}

	private String editOffice(OrganisationId organisation, PurchasingEntityId entity, UUID office, String name,
			Model model, RedirectAttributes redirect, Runnable edit, String doneKey) {
		var refused = OfficeEdit.check(office, name);
		if (refused == null) {
			try {
				edit.run();
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey, name.strip()));
				return "redirect:" + path(organisation, entity) + "#services";
			}
			catch (AlreadyRegisteredException e) {
				refused = OfficeEdit.refused(office, name, e);
			}
		}
		refused.show(model);
		model.addAttribute("administratorForm", AgentForm.empty());
		return page(organisation, entity, model);
	}

	private String page(OrganisationId organisation, PurchasingEntityId entity, Model model) {
		model.addAttribute("entity", register.entity(organisation, entity));
		model.addAttribute("offices", register.offices(organisation, entity));
		var agents = register.agents(organisation, entity);
		model.addAttribute("agents", agents);
		model.addAttribute("awaitsAdministrator", agents.stream()
			.noneMatch(a -> a.status() != AgentStatus.DEACTIVATED && a.holds(AgentRole.ENTITY_ADMINISTRATOR)));
		model.addAttribute("officesBase", path(organisation, entity) + "/services");
		return "organisation/admin/entity";
	}

	private String form(OrganisationId organisation, PurchasingEntityId editing, Model model) {
		model.addAttribute("organisation", register.organisation(organisation));
		model.addAttribute("editing", editing);
		model.addAttribute("departments", Department.all());
		return "organisation/admin/entity-form";
	}

	static String path(OrganisationId organisation, PurchasingEntityId entity) {
		return "/admin/organisations/" + organisation + "/entites/" + entity;
	}
}
