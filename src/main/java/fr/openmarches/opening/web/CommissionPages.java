package fr.openmarches.opening.web;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.Ceremony;
import fr.openmarches.opening.OpeningKeys;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A consultation's opening commission, for its buyers: choose the members and the quorum, and run
 * the ceremony. The ceremony is the page's script ({@code /js/opening/ceremony.js}), since the
 * opening private key must be made and split where the server cannot see it; the page lists who may
 * be chosen, and, once done, the commission. The consultation's page shows the same summary
 * ({@code /resume}, loaded by htmx: the consultation module knows only the address).
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
class CommissionPages {

	private final BuyerConsultations buyers;

	private final OpeningKeys openingKeys;

	CommissionPages(BuyerConsultations buyers, OpeningKeys openingKeys) {
		this.buyers = buyers;
		this.openingKeys = openingKeys;
	}

	@GetMapping("/acheteur/consultations/{id}/commission")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		var consultation = consultation(user.accountId(), id);
		var candidates = openingKeys.candidates(user.accountId(), consultation.id());
		model.addAttribute("consultation", consultation);
		model.addAttribute("commission", openingKeys.commission(user.accountId(), consultation.id()).orElse(null));
		model.addAttribute("candidates", candidates);
		model.addAttribute("draft", consultation.state() == ConsultationState.DRAFT);
		model.addAttribute("maxMembers", Ceremony.MAX_MEMBERS);
		return "opening/commission";
	}

	@GetMapping("/acheteur/consultations/{id}/commission/resume")
	String summary(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		var consultation = consultation(user.accountId(), id);
		model.addAttribute("consultation", consultation);
		model.addAttribute("commission", openingKeys.commission(user.accountId(), consultation.id()).orElse(null));
		return "opening/commission-summary :: summary";
	}

	private ConsultationDetails consultation(AccountId buyer, String id) {
		var parsed = ConsultationId.parse(id).orElseThrow(() -> new NoSuchConsultationException(null));
		return buyers.find(buyer, parsed).orElseThrow(() -> new NoSuchConsultationException(parsed));
	}
}
