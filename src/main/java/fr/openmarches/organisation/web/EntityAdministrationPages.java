package fr.openmarches.organisation.web;

import java.util.UUID;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.AlreadyRegisteredException;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.EntityAdministration;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.organisation.PurchasingEntityView;
import fr.openmarches.platform.Flash;
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
 * An entity's administrators manage it: its page in the buyer space, its contact details and its
 * services. {@link EntityAdministration} checks, on every request, that the signed-in person
 * administers this entity.
 */
@Controller
@RequestMapping("/acheteur/entites/{entity}")
class EntityAdministrationPages {

	private final EntityAdministration administration;

	EntityAdministrationPages(EntityAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity, Model model) {
		return page(person, new PurchasingEntityId(entity), model);
	}

	@GetMapping("/coordonnees")
	String editContact(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity, Model model) {
		var view = administration.entity(person.accountId(), new PurchasingEntityId(entity));
		model.addAttribute("form", ContactForm.of(view));
		return contactForm(view, model);
	}

	@PostMapping("/coordonnees")
	String updateContact(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		var view = administration.entity(person.accountId(), id);
		form.check(errors);
		if (errors.hasErrors()) {
			return contactForm(view, model);
		}
		administration.updateContact(person.accountId(), id, form.details());
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.manage.contact.updated"));
		return "redirect:" + path(id);
	}

	@PostMapping("/services")
	String addOffice(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@RequestParam String name, Model model, RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		return editOffice(person, id, null, name, model, redirect,
				() -> administration.addOffice(person.accountId(), id, name.strip()), "organisation.office.added");
	}

	@PostMapping("/services/{office}")
	String renameOffice(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID office, @RequestParam String name, Model model, RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		return editOffice(person, id, office, name, model, redirect,
				() -> administration.renameOffice(person.accountId(), id, office, name.strip()),
				"organisation.office.renamed");
	}

	@PostMapping("/services/{office}/suppression")
	String removeOffice(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID office, RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		administration.removeOffice(person.accountId(), id, office);
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.office.removed"));
		return "redirect:" + path(id) + "#services";
	}

	private String editOffice(SignedInUser person, PurchasingEntityId entity, UUID office, String name, Model model,
			RedirectAttributes redirect, Runnable edit, String doneKey) {
		var refused = OfficeEdit.check(office, name);
		if (refused == null) {
			try {
				edit.run();
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey, name.strip()));
				return "redirect:" + path(entity) + "#services";
			}
			catch (AlreadyRegisteredException e) {
				refused = OfficeEdit.refused(office, name, e);
			}
		}
		refused.show(model);
		return page(person, entity, model);
	}

	private String page(SignedInUser person, PurchasingEntityId entity, Model model) {
		model.addAttribute("entity", administration.entity(person.accountId(), entity));
		model.addAttribute("offices", administration.offices(person.accountId(), entity));
		model.addAttribute("agents", administration.agents(person.accountId(), entity));
		model.addAttribute("officesBase", path(entity) + "/services");
		return "organisation/buyer/entity";
	}

	private String contactForm(PurchasingEntityView entity, Model model) {
		model.addAttribute("entity", entity);
		model.addAttribute("departments", Department.all());
		return "organisation/buyer/contact-form";
	}

	static String path(PurchasingEntityId entity) {
		return "/acheteur/entites/" + entity;
	}
}
