package fr.openmarches.alert.web;

import java.util.Locale;
import java.util.UUID;

import fr.openmarches.alert.Alerts;
import fr.openmarches.alert.Frequency;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Mes alertes »: save the search one is looking at, change how often, stop; and unsubscribe from a mail. */
@Controller
class AlertPages {

	private final Alerts alerts;

	private final AccountService accounts;

	private final ConsultationCatalogue catalogue;

	private final EntityDirectory entities;

	AlertPages(Alerts alerts, AccountService accounts, ConsultationCatalogue catalogue, EntityDirectory entities) {
		this.alerts = alerts;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.entities = entities;
	}

	@GetMapping("/mon-espace/alertes")
	String list(@AuthenticationPrincipal SignedInUser person, Model model) {
		model.addAttribute("alerts", alerts.of(person.accountId()));
		model.addAttribute("entities", entities.all());
		return "alert/list";
	}

	/** The form to save a search, prefilled from the consultation list's query string. */
	@GetMapping("/mon-espace/alertes/nouvelle")
	String create(@ModelAttribute("form") AlertForm form, Model model) {
		return form(form, null, model);
	}

	@PostMapping("/mon-espace/alertes")
	String save(@ModelAttribute("form") AlertForm form, @AuthenticationPrincipal SignedInUser person, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (form.criteria().isEmpty()) {
			return form(form, "alert.form.error.empty", model);
		}
		if (form.name() == null || form.name().isBlank() || form.name().length() > 120) {
			return form(form, "alert.form.error.name", model);
		}
		var account = accounts.find(person.accountId()).orElseThrow();
		alerts.save(person.accountId(), account.email(), locale, form.name(), form.criteria(), form.frequency());
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("alert.saved", form.name()));
		return "redirect:/mon-espace/alertes";
	}

	@PostMapping("/mon-espace/alertes/{id}/frequence")
	String change(@PathVariable UUID id, @RequestParam Frequency frequency, @AuthenticationPrincipal SignedInUser person,
			RedirectAttributes redirect) {
		alerts.change(person.accountId(), id, frequency);
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("alert.changed"));
		return "redirect:/mon-espace/alertes";
	}

	@PostMapping("/mon-espace/alertes/{id}/suppression")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person, RedirectAttributes redirect) {
		alerts.delete(person.accountId(), id);
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("alert.deleted"));
		return "redirect:/mon-espace/alertes";
	}

	/** The unsubscribe link of a mail: one button, since mail scanners follow links. */
	@GetMapping("/alertes/desabonnement")
	String unsubscribePage(@RequestParam(name = "jeton", required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("name", alerts.nameFor(token).orElse(null));
		model.addAttribute("done", false);
		return "alert/unsubscribe";
	}

	/** The button, and the mail clients' one-click unsubscribe (RFC 8058): the token is the authority. */
	@PostMapping("/alertes/desabonnement")
	String unsubscribe(@RequestParam(name = "jeton", required = false) String token, Model model) {
		var stopped = alerts.unsubscribe(token);
		model.addAttribute("token", token);
		model.addAttribute("name", stopped.orElse(null));
		model.addAttribute("done", stopped.isPresent());
		return "alert/unsubscribe";
	}

	private String form(AlertForm form, String error, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("categories", Category.values());
		model.addAttribute("procedures", ProcedureType.values());
		model.addAttribute("departments", catalogue.departments());
		model.addAttribute("entity", form.entity() == null ? null
				: entities.find(new fr.openmarches.organisation.PurchasingEntityId(form.entity())).orElse(null));
		return "alert/form";
	}
}
