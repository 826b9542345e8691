package fr.openmarches.alert.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.openmarches.alert.AlertView;
import fr.openmarches.alert.Alerts;
import fr.openmarches.alert.UnknownPortalException;
import fr.openmarches.alert.Frequency;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.cpv.UnknownCpvCodeException;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.OrganisationView;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.PortalView;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Mes alertes »: save the search one is looking at, change how often, stop; and unsubscribe from a mail. */
@Controller
class AlertPages {

	private final Alerts alerts;

	private final AccountService accounts;

	private final ConsultationCatalogue catalogue;

	private final EntityDirectory entities;

	private final CpvCatalogue cpv;

	private final PortalService portals;

	AlertPages(Alerts alerts, AccountService accounts, ConsultationCatalogue catalogue, EntityDirectory entities,
			CpvCatalogue cpv, PortalService portals) {
		this.portals = portals;
		this.alerts = alerts;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.entities = entities;
		this.cpv = cpv;
	}

	/** The alerts, each with its criteria in words: names of the entity and organisation, label of the CPV code. */
	@GetMapping("/mon-espace/alertes")
	String list(@AuthenticationPrincipal SignedInUser person, Locale locale, Model model) {
		var mine = alerts.of(person.accountId());
		model.addAttribute("alerts", mine);
		model.addAttribute("entityNames",
				entities.all().stream().collect(Collectors.toMap(EntitySummary::id, EntitySummary::displayName)));
		model.addAttribute("organisationNames",
				entities.organisations().stream().collect(Collectors.toMap(OrganisationView::id, OrganisationView::name)));
		model.addAttribute("portalNames",
				portals.all().stream().collect(Collectors.toMap(PortalView::code, PortalView::name)));
		model.addAttribute("cpvLabels", mine.stream()
			.map(AlertView::criteria)
			.map(criteria -> criteria.cpv() == null ? null : cpv.find(criteria.cpv()).orElse(null))
			.filter(Objects::nonNull)
			.distinct()
			.collect(Collectors.toMap(CpvCode::code, code -> code.display(locale))));
		return "alert/list";
	}

	/**
	 * The form to save a search, prefilled from the consultation list's query string (what does not
	 * apply to an alert, such as the deadline range or the state, is not read).
	 */
	@GetMapping("/mon-espace/alertes/nouvelle")
	String create(@ModelAttribute("form") AlertForm form, BindingResult binding, Locale locale, Model model) {
		refuseUnreadable(binding);
		if (form.cpv() != null && !form.cpv().isBlank() && cpv.find(form.cpv()).isEmpty()) {
			binding.rejectValue("cpv", "alert.form.error.cpv");
		}
		return form(form, null, locale, model);
	}

	@PostMapping("/mon-espace/alertes")
	String save(@ModelAttribute("form") AlertForm form, BindingResult binding,
			@AuthenticationPrincipal SignedInUser person, Locale locale, Model model, RedirectAttributes redirect) {
		refuseUnreadable(binding);
		if (form.criteria().isEmpty()) {
			return form(form, "alert.form.error.empty", locale, model);
		}
		if (form.name() == null || form.name().isBlank() || form.name().length() > 120) {
			return form(form, "alert.form.error.name", locale, model);
		}
		var account = accounts.find(person.accountId()).orElseThrow();
		try {
			alerts.save(person.accountId(), account.email(), locale, form.name(), form.criteria(), form.frequency());
		}
		catch (UnknownCpvCodeException unknown) {
			binding.rejectValue("cpv", "alert.form.error.cpv");
			return form(form, null, locale, model);
		}
		catch (UnknownPortalException unknown) {
			return form(form, "alert.form.error.portal", locale, model);
		}
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

	/** As before the form had a BindingResult: a value that cannot be read (an id, a category) is a bad request. */
	private static void refuseUnreadable(BindingResult binding) {
		if (binding.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	/** The form; an entity or organisation that does not exist is left out, as it could not be searched. */
	private String form(AlertForm form, String error, Locale locale, Model model) {
		model.addAttribute("error", error);
		model.addAttribute("categories", Category.values());
		model.addAttribute("procedures", ProcedureType.values());
		model.addAttribute("modes", FinderQuery.Mode.values());
		model.addAttribute("departments", catalogue.departments());
		model.addAttribute("entity", form.entity() == null ? null
				: entities.find(new PurchasingEntityId(form.entity())).orElse(null));
		model.addAttribute("portal", form.portal() == null ? null : portals.find(form.portal()).orElse(null));
		model.addAttribute("organisation", form.organisation() == null ? null
				: entities.organisations()
					.stream()
					.filter(organisation -> organisation.id().value().equals(form.organisation()))
					.findFirst()
					.orElse(null));
		model.addAttribute("cpvValue", form.cpv() == null ? null
				: cpv.find(form.cpv()).map(code -> code.display(locale)).orElse(form.cpv()));
		return "alert/form";
	}
}
