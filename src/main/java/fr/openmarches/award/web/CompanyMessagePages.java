package fr.openmarches.award.web;

import java.util.UUID;

import fr.openmarches.award.CompanyMessage;
import fr.openmarches.award.CompanyMessages;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * « Mes messages »: the letters and requests sent to the member's company. Showing a message records
 * its first opening, the letter's notification date.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPPLIER_MEMBER', 'SUPPLIER_ADMIN')")
class CompanyMessagePages {

	private final CompanyMessages messages;

	private final ConsultationService consultations;

	CompanyMessagePages(CompanyMessages messages, ConsultationService consultations) {
		this.messages = messages;
		this.consultations = consultations;
	}

	@GetMapping("/mon-espace/messages")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		var list = messages.of(user.accountId());
		model.addAttribute("messages", list);
		model.addAttribute("consultations", consultations.summaries(list.stream().map(CompanyMessage::consultation).toList()));
		return "award/messages";
	}

	@GetMapping("/mon-espace/messages/{id}")
	String one(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		var message = messages.open(user.accountId(), id);
		model.addAttribute("message", message);
		model.addAttribute("consultation", consultations.summaries(java.util.List.of(message.consultation())).get(message.consultation()));
		return "award/message";
	}

	@GetMapping("/mon-espace/messages/{id}/lettre.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return AnalysisApi.pdf(messages.letter(user.accountId(), id), "lettre-" + id + ".pdf");
	}
}
