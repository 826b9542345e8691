package fr.openmarches.opening.web;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.OpeningDesk;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * « Séance d'ouverture »: where the commission opens a closed consultation's deposits, and its buyers
 * follow the results and read the opened pieces. The keys never leave the members' browsers: the
 * page's script ({@code /js/opening/session.js}) makes the session key, opens and re-seals each
 * member's share, rebuilds the opening key in the host's tab and derives the file keys it hands over.
 */
@Controller
@PreAuthorize("hasAnyRole('COMMISSION_MEMBER', 'BUYER_AGENT', 'ENTITY_ADMIN')")
class OpeningSessionPage {

	private final OpeningDesk desk;

	OpeningSessionPage(OpeningDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/acheteur/consultations/{id}/ouverture")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		var consultation = ConsultationId.parse(id).orElseThrow(() -> new NoSuchConsultationException(null));
		var view = desk.view(user.accountId(), consultation);
		model.addAttribute("view", view);
		model.addAttribute("me", user.accountId());
		model.addAttribute("openable",
				view.state() == ConsultationState.CLOSED || view.state() == ConsultationState.OPENED);
		return "opening/session";
	}
}
