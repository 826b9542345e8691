package fr.openmarches.evidence.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.evidence.DeadlineExtensionRefusedException;
import fr.openmarches.evidence.DeadlineExtensions;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import fr.openmarches.platform.LegalTime;

/**
 * The buyer's page of a consultation's availability in the last hour before its deadline, and the
 * outage-driven extension. Reachable while the consultation takes bids or is closed (not opened):
 * it always states the facts, so that a buyer answering a supplier who says the platform failed
 * sees what the probes recorded; the form appears only when they show an outage, since the
 * rule allows an extension only then.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
class DeadlineExtensionPages {

	private static final String PATH = "/acheteur/consultations/{id}/prolongation-panne";

	private final DeadlineExtensions extensions;

	private final BuyerConsultations buyers;

	DeadlineExtensionPages(DeadlineExtensions extensions, BuyerConsultations buyers) {
		this.extensions = extensions;
		this.buyers = buyers;
	}

	/**
	 * The form: the new deadline as a {@code datetime-local} value, Paris time; the deadline the page
	 * showed (an ISO-8601 instant, hidden), so that a decision taken meanwhile by someone else is not
	 * extended again unseen.
	 */
	record ExtensionForm(String newDeadline, String reason, String currentDeadline) {
	}

	@GetMapping(PATH)
	String page(@AuthenticationPrincipal SignedInUser buyer, @PathVariable String id, Model model) {
		return render(buyer, id, new ExtensionForm(null, null, null), model);
	}

	@PostMapping(PATH)
	String extend(@AuthenticationPrincipal SignedInUser buyer, @PathVariable String id,
			@ModelAttribute("form") ExtensionForm form, Model model, RedirectAttributes redirect) {
		var consultation = consultation(id);
		try {
			java.time.Instant deadline = null;
			if (form.newDeadline() != null && !form.newDeadline().isBlank()) {
				try {
					deadline = LocalDateTime.parse(form.newDeadline().strip()).atZone(LegalTime.ZONE).toInstant();
				}
				catch (DateTimeParseException e) {
					model.addAttribute("fieldError", "newDeadline");
					model.addAttribute("errorKey", "evidence.extension.deadline.format");
					return render(buyer, id, form, model);
				}
			}
			extensions.extend(buyer.accountId(), consultation, shown(form.currentDeadline()), deadline, form.reason());
		}
		catch (DeadlineExtensionRefusedException e) {
			model.addAttribute("fieldError", e.field());
			model.addAttribute("errorKey", e.messageKey());
			return render(buyer, id, form, model);
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("evidence.extension.done"));
		return "redirect:/acheteur/consultations/" + consultation.value() + "/prolongation-panne";
	}

	private String render(SignedInUser buyer, String id, ExtensionForm form, Model model) {
		var consultation = consultation(id);
		var details = buyers.find(buyer.accountId(), consultation).orElseThrow(NoSuchElementException::new);
		var facts = extensions.facts(buyer.accountId(), consultation).orElseThrow(NoSuchElementException::new);
		model.addAttribute("consultation", details);
		model.addAttribute("facts", facts);
		model.addAttribute("decisions", extensions.decisions(buyer.accountId(), consultation));
		model.addAttribute("form", form);
		return "evidence/deadline-extension";
	}

	/** The deadline the page showed; null when the form did not say (the one found then counts). */
	private static java.time.Instant shown(String deadline) {
		try {
			return deadline == null || deadline.isBlank() ? null : java.time.Instant.parse(deadline.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static ConsultationId consultation(String id) {
		try {
			return new ConsultationId(java.util.UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new NoSuchElementException();
		}
	}
}
