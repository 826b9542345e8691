package fr.openmarches.dume.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.dume.CriterionCatalogue;
import fr.openmarches.dume.EspdCriterion;
import fr.openmarches.dume.EspdNotFoundException;
import fr.openmarches.dume.EspdRejectedException;
import fr.openmarches.dume.EspdRequests;
import fr.openmarches.dume.EspdStateException;
import fr.openmarches.dume.RequestChoice;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Demande de DUME » in the buyer's consultation pages: the exclusion grounds (mandatory ones
 * fixed), the selection and other criteria to choose, their requirement values, and the XML.
 * Buyers of the consultation's entity only; another entity's consultation: 404.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
class BuyerEspdPages {

	static final String REQUIREMENT = "requirement:";

	private final EspdRequests requests;

	private final CriterionCatalogue catalogue;

	BuyerEspdPages(EspdRequests requests, CriterionCatalogue catalogue) {
		this.requests = requests;
		this.catalogue = catalogue;
	}

	@GetMapping("/acheteur/consultations/{id}/dume")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		var consultation = requests.buyerConsultation(user.accountId(), parse(id));
		model.addAttribute("consultation", consultation);
		model.addAttribute("request", requests.forBuyer(user.accountId(), consultation.id()));
		model.addAttribute("exclusions", catalogue.exclusionGrounds());
		model.addAttribute("selection", catalogue.selectable().stream().filter(c -> c.kind() == EspdCriterion.Kind.SELECTION).toList());
		model.addAttribute("others", catalogue.selectable().stream().filter(c -> c.kind() == EspdCriterion.Kind.OTHER).toList());
		model.addAttribute("editable", consultation.state() == ConsultationState.DRAFT
				|| consultation.state() == ConsultationState.PUBLISHED);
		return "dume/request";
	}

	@PostMapping("/acheteur/consultations/{id}/dume")
	String define(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		var consultation = parse(id);
		var criteria = new HashSet<>(form.getOrDefault("criterion", List.of()));
		var requirements = new HashMap<String, String>();
		form.forEach((name, values) -> {
			if (name.startsWith(REQUIREMENT) && !values.isEmpty()) {
				requirements.put(name.substring(REQUIREMENT.length()), values.getFirst());
			}
		});
		try {
			requests.define(user.accountId(), consultation, new RequestChoice(criteria, requirements));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("dume.request.saved"));
		}
		catch (EspdRejectedException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
		}
		catch (EspdStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
		}
		return "redirect:/acheteur/consultations/" + consultation.value() + "/dume";
	}

	@ExceptionHandler(EspdNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	static ConsultationId parse(String id) {
		return ConsultationId.parse(id).orElseThrow(() -> new EspdNotFoundException("consultation"));
	}
}
